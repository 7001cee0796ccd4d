package org.fundtrail.audit.integrity;

import org.fundtrail.audit.integrity.EventRows.StoredEvent;
import org.fundtrail.audit.integrity.SignedRoots.PublishedRoot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes the whole chain from the event rows as they are now and compares it with the seals and the published
 * roots, stopping at the first break, which it names. Reads one consistent snapshot, streamed, so the log may be large.
 */
@Component
public class ChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);

    public enum Problem {
        /** the row's content no longer hashes to what was sealed: it was edited */
        CONTENT_DIFFERS,
        /** the row at this global index is another event than the one sealed there */
        EVENT_IDENTIFIER_DIFFERS,
        /** an event was sealed at this global index and its row is gone */
        EVENT_MISSING,
        /** an event sits where a permanent gap was recorded */
        EVENT_IN_GAP,
        /** an event sits below the sealed tail without a seal: inserted into history */
        UNSEALED_EVENT,
        /** the seal's chain hash does not follow from the seals before it: the seal table was edited */
        CHAIN_HASH_DIFFERS,
        /** the seal's leaf index is not the next one: the seal table was edited */
        LEAF_INDEX_DIFFERS,
        /** a published root does not match the tree recomputed from the events */
        ROOT_DIFFERS,
        /** a published root's signature does not verify with the signing key */
        SIGNATURE_INVALID,
        /** a published root claims more events than the log holds */
        ROOT_BEYOND_LOG
    }

    public record Break(long globalIndex, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                        Problem problem, String detail) {
    }

    /**
     * @param verifiedUpTo  the last global index checked (the sealed tail, when intact)
     * @param rootsVerified published roots recomputed and their signatures checked
     */
    public record Verification(boolean intact, long verifiedUpTo, long eventsVerified, long gaps, int rootsVerified,
                               Break firstBreak, Instant verifiedAt) {
    }

    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final SignedRoots roots;
    private final RootSigningKey key;
    private final Clock clock;
    private volatile Verification last;

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions, SignedRoots roots, RootSigningKey key,
                  Clock clock) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.roots = roots;
        this.key = key;
        this.clock = clock;
    }

    /** The result of the latest verification since this node started, if any. */
    public Optional<Verification> last() {
        return Optional.ofNullable(last);
    }

    @Scheduled(fixedDelayString = "${fundtrail.integrity.verify-interval:1h}",
            initialDelayString = "${fundtrail.integrity.verify-initial-delay:5m}")
    void verifyOnSchedule() {
        Verification result = verify();
        if (!result.intact()) {
            log.error("The event log failed verification: {}", result.firstBreak());
        }
    }

    public Verification verify() {
        Verification result = snapshot.execute(status -> {
            long sealedTail = streaming.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM event_seal", Long.class);
            Map<Long, PublishedRoot> published = new HashMap<>();
            roots.all().forEach(root -> published.put(root.treeSize(), root));
            return streaming.query("""
                    SELECT COALESCE(e.globalindex, s.global_index) AS position, e.*,
                           s.event_identifier AS sealed_event, s.leaf_index, s.content_hash, s.chain_hash, s.gap
                      FROM domainevententry e FULL JOIN event_seal s ON s.global_index = e.globalindex
                     ORDER BY position""", (ResultSetExtractor<Verification>) rs -> new Walk(sealedTail, published).run(rs));
        });
        last = result;
        return result;
    }

    /** One pass over events and seals in global-index order. */
    private final class Walk {
        private final long sealedTail;
        private final Map<Long, PublishedRoot> published;
        private final MerkleFrontier tree = new MerkleFrontier();
        private byte[] chain = Hashes.GENESIS;
        private long verifiedUpTo;
        private long gaps;
        private int rootsVerified;

        Walk(long sealedTail, Map<Long, PublishedRoot> published) {
            this.sealedTail = sealedTail;
            this.published = published;
        }

        Verification run(ResultSet rs) throws SQLException {
            while (rs.next()) {
                long position = rs.getLong("position");
                if (position > sealedTail) {
                    break; // not sealed yet: nothing to compare with
                }
                Break found = check(position, rs);
                if (found != null) {
                    return result(found);
                }
                verifiedUpTo = position;
            }
            long highest = published.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            if (highest > tree.size()) {
                return result(new Break(verifiedUpTo, null, null, null, Problem.ROOT_BEYOND_LOG,
                        "a root was published for " + highest + " events; the log has " + tree.size() + " sealed"));
            }
            return result(null);
        }

        private Break check(long position, ResultSet rs) throws SQLException {
            boolean rowPresent = rs.getObject("globalindex") != null;
            boolean sealPresent = rs.getObject("chain_hash") != null;
            String sealedEvent = rs.getString("sealed_event");
            if (!sealPresent) {
                StoredEvent event = EventRows.read(rs);
                return problem(event, Problem.UNSEALED_EVENT,
                        "no seal, yet events after it were sealed: it was inserted into history");
            }
            if (rs.getBoolean("gap")) {
                if (rowPresent) {
                    return problem(EventRows.read(rs), Problem.EVENT_IN_GAP,
                            "this global index was recorded as a permanent gap");
                }
                gaps++;
                return sameChain(position, null, rs.getBytes("chain_hash"));
            }
            if (!rowPresent) {
                return new Break(position, sealedEvent, null, null, Problem.EVENT_MISSING,
                        "the sealed event's row is gone");
            }
            StoredEvent event = EventRows.read(rs);
            if (!event.content().eventIdentifier().equals(sealedEvent)) {
                return problem(event, Problem.EVENT_IDENTIFIER_DIFFERS, "sealed as event " + sealedEvent);
            }
            byte[] content = event.content().contentHash();
            byte[] sealedContent = rs.getBytes("content_hash");
            if (!MessageDigest.isEqual(content, sealedContent)) {
                return problem(event, Problem.CONTENT_DIFFERS, "content hash sealed " + Hashes.hex(sealedContent)
                        + ", recomputed from the row now " + Hashes.hex(content));
            }
            if (rs.getLong("leaf_index") != tree.size()) {
                return problem(event, Problem.LEAF_INDEX_DIFFERS,
                        "sealed as leaf " + rs.getLong("leaf_index") + ", expected leaf " + tree.size());
            }
            chain = Hashes.chain(chain, content);
            Break chainBreak = sameChain(position, event, rs.getBytes("chain_hash"));
            if (chainBreak != null) {
                return chainBreak;
            }
            tree.appendContentHash(content);
            return checkRoot(event);
        }

        private Break sameChain(long position, StoredEvent event, byte[] sealedChain) {
            if (MessageDigest.isEqual(chain, sealedChain)) {
                return null;
            }
            String detail = "chain hash sealed " + Hashes.hex(sealedChain) + ", recomputed " + Hashes.hex(chain);
            return event == null ? new Break(position, null, null, null, Problem.CHAIN_HASH_DIFFERS, detail)
                    : problem(event, Problem.CHAIN_HASH_DIFFERS, detail);
        }

        private Break checkRoot(StoredEvent lastLeaf) {
            PublishedRoot root = published.get(tree.size());
            if (root == null) {
                return null;
            }
            if (!MessageDigest.isEqual(root.root(), tree.root())) {
                return problem(lastLeaf, Problem.ROOT_DIFFERS, "root of " + root.treeSize() + " events published "
                        + root.publishedAt() + " is " + Hashes.hex(root.root()) + ", recomputed " + Hashes.hex(tree.root()));
            }
            if (root.keyId().equals(key.keyId())
                    && !RootSignature.verify(key.publicKey(), root.message(), root.signature())) {
                return problem(lastLeaf, Problem.SIGNATURE_INVALID,
                        "root of " + root.treeSize() + " events published " + root.publishedAt());
            }
            rootsVerified++;
            return null;
        }

        private Break problem(StoredEvent event, Problem problem, String detail) {
            EventContent content = event.content();
            return new Break(event.globalIndex(), content.eventIdentifier(), content.aggregateIdentifier(),
                    content.sequenceNumber(), problem, detail);
        }

        private Verification result(Break firstBreak) {
            return new Verification(firstBreak == null, verifiedUpTo, tree.size(), gaps, rootsVerified, firstBreak,
                    clock.instant());
        }
    }
}
