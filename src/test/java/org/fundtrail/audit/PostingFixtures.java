package org.fundtrail.audit;

import org.fundtrail.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Postings written straight into {@code posting}, as the journal projection would write one-leg events, for tests of
 * reports over the journal. The database is shared by every integration test: accounts and event ids are the test's
 * own, and {@link #removeAll()} deletes them again (a journal rebuild elsewhere must find only postings that events
 * explain).
 */
public final class PostingFixtures {

    /** Far above any real event's global index and apart from other tests' ranges. */
    private static final AtomicLong GLOBAL_INDEX = new AtomicLong(6_200_000_000_000L);

    private final JdbcClient jdbc;
    private final List<String> eventIds = new ArrayList<>();

    public PostingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One posting; returns its event id. */
    public String post(String debit, String credit, String amount, String effectiveDate, Instant recordedAt,
                       String code, String reference) {
        String eventId = UUID.randomUUID().toString();
        eventIds.add(eventId);
        jdbc.sql("""
                        INSERT INTO posting (event_id, leg, global_index, event_type, debit_account, credit_account,
                                             amount, code, effective_date, recorded_at, actor, request_id, reference)
                        VALUES (:eventId, 1, :globalIndex, 'TestPosting', :debit, :credit, :amount, :code,
                                :effectiveDate, :recordedAt, 'auditor-test', :requestId, :reference)""")
                .param("eventId", eventId)
                .param("globalIndex", GLOBAL_INDEX.incrementAndGet())
                .param("debit", debit)
                .param("credit", credit)
                .param("amount", Money.parse(amount).fen())
                .param("code", code)
                .param("effectiveDate", LocalDate.parse(effectiveDate))
                .param("recordedAt", OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .param("requestId", "req-" + eventId.substring(0, 8))
                .param("reference", reference, Types.VARCHAR)
                .update();
        return eventId;
    }

    public void removeAll() {
        if (!eventIds.isEmpty()) {
            jdbc.sql("DELETE FROM posting WHERE event_id IN (:ids)").param("ids", eventIds).update();
            eventIds.clear();
        }
    }
}
