package org.fundtrail.journal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fundtrail.infra.RequestMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every event into postings. Postings of one processor batch are written with one JDBC batch when the batch
 * commits (together with the processor's token), which is what makes a full rebuild fast.
 */
@Component
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
class JournalProjection {

    static final String PROCESSING_GROUP = "journal";
    private static final String PENDING = JournalProjection.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    JournalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        JournalEntry entry = PostingRules.entryFor(payload);
        if (entry.postings().isEmpty()) {
            return;
        }
        long globalIndex = token == null ? -1 : token.position().orElse(-1);
        List<Object[]> rows = pendingRows();
        short leg = 0;
        for (Posting posting : entry.postings()) {
            rows.add(new Object[]{
                    message.getIdentifier(), ++leg, globalIndex, payload.getClass().getSimpleName(),
                    posting.debitAccount(), posting.creditAccount(), posting.amount().fen(), posting.code(),
                    Date.valueOf(entry.effectiveDate()), Timestamp.from(message.getTimestamp()),
                    message.getMetaData().get(RequestMetadata.ACTOR), message.getMetaData().get(RequestMetadata.REQUEST_ID),
                    posting.reference()});
        }
    }

    private List<Object[]> pendingRows() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            List<Object[]> rows = new ArrayList<>();
            root.onPrepareCommit(u -> write(rows));
            return rows;
        });
    }

    private void write(List<Object[]> rows) {
        // ON CONFLICT: an event handled again after a crash between write and token update posts nothing twice.
        jdbc.batchUpdate("""
                INSERT INTO posting (event_id, leg, global_index, event_type, debit_account, credit_account, amount,
                                     code, effective_date, recorded_at, actor, request_id, reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, leg) DO NOTHING""", rows);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE posting");
    }
}
