package org.fundtrail.journal;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.fundtrail.infra.RequestMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Rebuilds the journal in memory from the event store and compares it, posting by posting, with the live table,
 * without touching it: what an auditor runs to see that the journal is exactly what the events say. Both sides are
 * streamed in (global index, leg) order, so the check runs in constant memory over any number of events.
 */
@Component
public class JournalRebuildCheck {

    private static final int MAX_REPORTED = 100;

    private final EventStorageEngine storage;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    JournalRebuildCheck(EventStorageEngine storage, javax.sql.DataSource dataSource, PlatformTransactionManager transactions) {
        this.storage = storage;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000); // a cursor inside the read-only transaction: rows stream, they are not all loaded

        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One posting as a comparable line; the two sides of the check produce the same text for the same posting. */
    public record Line(long globalIndex, String eventId, int leg, String text) {
    }

    public record Difference(long globalIndex, String eventId, int leg, String rebuilt, String live) {
    }

    public record Report(String projection, long upToGlobalIndex, long eventsRead, long postingsRebuilt,
                         long postingsLive, boolean identical, List<Difference> differences) {
    }

    /** @param upToGlobalIndex the journal's position: events after it are not posted yet and are not compared */
    public Report check(long upToGlobalIndex) {
        long[] eventsRead = {0};
        Report report = readOnly.execute(status -> {
            try (Stream<Line> live = jdbc.queryForStream("""
                            SELECT global_index, event_id, leg, event_type, debit_account, credit_account, amount, code,
                                   effective_date, recorded_at, actor, request_id
                              FROM posting WHERE global_index <= ? ORDER BY global_index, leg""",
                    (rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getInt(3), text(rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getLong(7), rs.getString(8), rs.getDate(9).toString(),
                            rs.getTimestamp(10).toInstant().toEpochMilli(), rs.getString(11), rs.getString(12))),
                    upToGlobalIndex)) {
                return compare(rebuiltPostings(upToGlobalIndex, eventsRead), live.iterator(), upToGlobalIndex, eventsRead);
            }
        });
        return Objects.requireNonNull(report);
    }

    private Report compare(Iterator<Line> rebuilt, Iterator<Line> live, long upTo, long[] eventsRead) {
        List<Difference> differences = new ArrayList<>();
        long rebuiltCount = 0;
        long liveCount = 0;
        Line r = next(rebuilt);
        Line l = next(live);
        while (r != null || l != null) {
            int order = r == null ? 1 : l == null ? -1 : compareKeys(r, l);
            if (order == 0) {
                if (!r.text().equals(l.text())) {
                    note(differences, new Difference(r.globalIndex(), r.eventId(), r.leg(), r.text(), l.text()));
                }
                rebuiltCount++;
                liveCount++;
                r = next(rebuilt);
                l = next(live);
            } else if (order < 0) {
                note(differences, new Difference(r.globalIndex(), r.eventId(), r.leg(), r.text(), null));
                rebuiltCount++;
                r = next(rebuilt);
            } else {
                note(differences, new Difference(l.globalIndex(), l.eventId(), l.leg(), null, l.text()));
                liveCount++;
                l = next(live);
            }
        }
        return new Report(JournalProjection.PROCESSING_GROUP, upTo, eventsRead[0], rebuiltCount, liveCount,
                differences.isEmpty() && rebuiltCount == liveCount, differences);
    }

    /** The events up to the given index, turned into postings by the same rules the journal uses. */
    private Iterator<Line> rebuiltPostings(long upTo, long[] eventsRead) {
        // The storage engine's stream ends at the last stored event (the event store's own stream would tail it).
        Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false);
        return events.takeWhile(event -> event.trackingToken().position().orElse(-1) <= upTo)
                .peek(event -> eventsRead[0]++)
                .flatMap(this::postingsOf)
                .iterator();
    }

    private Stream<Line> postingsOf(TrackedEventMessage<?> event) {
        long index = event.trackingToken().position().orElse(-1);
        JournalEntry entry = PostingRules.entryFor(event.getPayload());
        List<Line> lines = new ArrayList<>();
        int leg = 0;
        for (Posting posting : entry.postings()) {
            leg++;
            lines.add(new Line(index, event.getIdentifier(), leg, text(event.getPayloadType().getSimpleName(),
                    posting.debitAccount(), posting.creditAccount(), posting.amount().fen(), posting.code(),
                    entry.effectiveDate().toString(), event.getTimestamp().toEpochMilli(),
                    (String) event.getMetaData().get(RequestMetadata.ACTOR),
                    (String) event.getMetaData().get(RequestMetadata.REQUEST_ID))));
        }
        return lines.stream();
    }

    private static String text(String type, String debit, String credit, long amount, String code, String effective,
                               long recordedMillis, String actor, String requestId) {
        return String.join("|", type, debit, credit, Long.toString(amount), code, effective,
                new Timestamp(recordedMillis).toInstant().toString(), String.valueOf(actor), String.valueOf(requestId));
    }

    private static int compareKeys(Line a, Line b) {
        int byIndex = Long.compare(a.globalIndex(), b.globalIndex());
        return byIndex != 0 ? byIndex : Integer.compare(a.leg(), b.leg());
    }

    private static <T> T next(Iterator<T> iterator) {
        return iterator.hasNext() ? iterator.next() : null;
    }

    private static void note(List<Difference> differences, Difference difference) {
        if (differences.size() < MAX_REPORTED) {
            differences.add(difference);
        }
    }
}
