package org.fundtrail.audit.integrity;

import org.fundtrail.audit.integrity.EventRows.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals events after they are committed, in global-index order: content hash, chain hash, leaf index. Inserting an
 * event takes no lock for this; the chain is computed behind the writers, one sealer at a time (a transaction-scoped
 * PostgreSQL advisory lock, so two nodes never seal the same index twice).
 * <p>
 * The only subtlety is the holes in Axon's global index: a sequence value taken by a transaction that is still open
 * (its event may yet appear) or that rolled back (it never will). Events up to the first hole are final and are sealed
 * at once. A hole is recorded as a permanent gap once every transaction that could hold it has ended: whoever took the
 * missing value did so before the event after the hole was committed, hence before the sealer first saw the hole; so
 * when no transaction older than that first sighting is open any more and the hole is still empty, it stays empty.
 * If some long transaction keeps that from being known, the hole becomes a gap after {@code gap-timeout}; an event
 * committed into it later is then reported by the verification, never silently sealed.
 */
@Component
public class EventSealer {

    private static final Logger log = LoggerFactory.getLogger(EventSealer.class);
    private static final String LOCK = "hashtextextended('fundtrail.event-sealer', 0)";
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final EventRows events;
    private final SignedRoots roots;
    private final IntegrityProperties properties;

    /** The first hole seen and when (database clock); only touched while holding the advisory lock. */
    private volatile Hole pendingHole;

    private record Hole(long from, OffsetDateTime firstSeen) {
    }

    private record Tail(long globalIndex, byte[] chainHash, long nextLeaf) {
    }

    EventSealer(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, EventRows events,
                SignedRoots roots, IntegrityProperties properties) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.roots = roots;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${fundtrail.integrity.seal-interval:1s}", initialDelayString = "${fundtrail.integrity.seal-interval:1s}")
    void sealOnSchedule() {
        try {
            seal(false);
            roots.publishIfDue();
        } catch (RuntimeException e) {
            // the next run tries again; a failing sealer shows as a growing unsealed count in /api/audit/integrity
            log.warn("Sealing the event log failed: {}", e.toString());
        }
    }

    /**
     * Seals every event that can be sealed now.
     *
     * @param waitForLock wait for another sealer to finish (tests, proofs) instead of leaving the work to it
     * @return the number of global indexes sealed (events and gaps)
     */
    public int seal(boolean waitForLock) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Integer sealed = transaction.execute(status -> sealBatch(waitForLock));
            if (sealed == null || sealed < 0) {
                break;
            }
            total += sealed;
            if (sealed < properties.sealBatch()) {
                break;
            }
        }
        return total;
    }

    /** One transaction: lock, read the tail of the chain, seal the next events. Returns -1 if another sealer runs. */
    private int sealBatch(boolean waitForLock) {
        if (waitForLock) {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(" + LOCK + ")").query(Integer.class).single();
        } else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(" + LOCK + ")").query(Boolean.class).single()) {
            return -1;
        }
        Tail tail = tail();
        List<StoredEvent> next = events.after(tail.globalIndex(), properties.sealBatch());
        List<Object[]> seals = new ArrayList<>();
        long expected = tail.globalIndex() + 1;
        byte[] chain = tail.chainHash();
        long leaf = tail.nextLeaf();
        for (StoredEvent event : next) {
            if (event.globalIndex() > expected) {
                if (!isPermanentGap(expected, event.globalIndex() - 1)) {
                    break;
                }
                for (long g = expected; g < event.globalIndex(); g++) {
                    seals.add(new Object[]{g, null, null, null, chain, true});
                }
                log.info("Global indexes {}..{} recorded as a permanent gap", expected, event.globalIndex() - 1);
            }
            byte[] content = event.content().contentHash();
            chain = Hashes.chain(chain, content);
            seals.add(new Object[]{event.globalIndex(), event.content().eventIdentifier(), leaf++, content, chain, false});
            expected = event.globalIndex() + 1;
        }
        if (!seals.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO event_seal (global_index, event_identifier, leaf_index, content_hash, chain_hash, gap)
                    VALUES (?, ?, ?, ?, ?, ?)""", seals);
        }
        return seals.size();
    }

    /**
     * How far sealing has come.
     *
     * @param sealedUpTo     the highest global index sealed (event or gap)
     * @param unsealedEvents events above it, waiting for the sealer
     */
    public record Progress(long sealedUpTo, long eventsSealed, long gaps, long unsealedEvents) {
    }

    public Progress progress() {
        return jdbc.sql("""
                        SELECT s.up_to, s.events, s.gaps,
                               (SELECT COUNT(*) FROM domainevententry WHERE globalindex > s.up_to) AS unsealed
                          FROM (SELECT COALESCE(MAX(global_index), 0) AS up_to, COUNT(*) FILTER (WHERE NOT gap) AS events,
                                       COUNT(*) FILTER (WHERE gap) AS gaps FROM event_seal) s""")
                .query((rs, n) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    private Tail tail() {
        long nextLeaf = jdbc.sql("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM event_seal").query(Long.class).single();
        return jdbc.sql("SELECT global_index, chain_hash FROM event_seal ORDER BY global_index DESC LIMIT 1")
                .query((rs, n) -> new Tail(rs.getLong(1), rs.getBytes(2), nextLeaf))
                .optional().orElse(new Tail(0, Hashes.GENESIS, 0));
    }

    private boolean isPermanentGap(long from, long to) {
        OffsetDateTime now = jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single();
        Hole hole = pendingHole;
        if (hole == null || hole.from() != from) {
            pendingHole = new Hole(from, now);
            return false;
        }
        OffsetDateTime oldestOpen = jdbc.sql("""
                        SELECT MIN(xact_start) FROM pg_stat_activity
                         WHERE datname = current_database() AND backend_type = 'client backend'
                           AND pid <> pg_backend_pid() AND xact_start IS NOT NULL""")
                .query(OffsetDateTime.class).list().get(0);
        boolean holdersEnded = oldestOpen == null || oldestOpen.isAfter(hole.firstSeen());
        boolean timedOut = Duration.between(hole.firstSeen(), now).compareTo(properties.gapTimeout()) > 0;
        if (!holdersEnded && !timedOut) {
            return false;
        }
        // looked at again now that the holders are gone: one may have committed since the batch was read
        if (events.anyBetween(from, to)) {
            return false;
        }
        if (!holdersEnded) {
            log.warn("Recording global indexes {}..{} as a gap after {} while a transaction begun at {} is still open;"
                    + " an event committed there later will be reported by the verification", from, to,
                    properties.gapTimeout(), oldestOpen);
        }
        pendingHole = null;
        return true;
    }
}
