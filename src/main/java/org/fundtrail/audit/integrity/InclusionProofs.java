package org.fundtrail.audit.integrity;

import org.fundtrail.audit.integrity.EventRows.StoredEvent;
import org.fundtrail.audit.integrity.SignedRoots.PublishedRoot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Builds the inclusion proof of one event against the latest signed root, publishing a new root first when the
 * latest does not yet cover the event. The audit path is computed from the sealed content hashes (linear in the size
 * of the log: fine for auditors' occasional requests, see docs/integrity.md).
 */
@Component
public class InclusionProofs {

    /** The event exists but cannot be sealed yet (a hole before it is still open). */
    public static class NotSealedYet extends RuntimeException {
        NotSealedYet(String eventIdentifier) {
            super("event " + eventIdentifier + " is not sealed yet; try again in a few seconds");
        }
    }

    private record Seal(long globalIndex, long leafIndex) {
    }

    private final JdbcClient jdbc;
    private final EventRows events;
    private final EventSealer sealer;
    private final SignedRoots roots;

    InclusionProofs(JdbcClient jdbc, EventRows events, EventSealer sealer, SignedRoots roots) {
        this.jdbc = jdbc;
        this.events = events;
        this.sealer = sealer;
        this.roots = roots;
    }

    /** The proof, or empty if there is no such event. */
    public Optional<InclusionProof> forEvent(String eventIdentifier) {
        Optional<Seal> seal = seal(eventIdentifier);
        if (seal.isEmpty()) {
            if (!events.exists(eventIdentifier)) {
                return Optional.empty();
            }
            sealer.seal(true);
            seal = seal(eventIdentifier);
        }
        Seal sealed = seal.orElseThrow(() -> new NotSealedYet(eventIdentifier));
        PublishedRoot root = roots.latest().filter(r -> r.treeSize() > sealed.leafIndex())
                .or(roots::publishNow).orElseThrow();
        return Optional.of(proof(eventIdentifier, sealed, root));
    }

    /**
     * The proof against the latest root already published, sealing and publishing nothing: for the public, whose
     * requests must not make the server work on the log. Empty while no published root covers the event yet (or
     * there is no such event); the next scheduled root will.
     */
    public Optional<InclusionProof> againstLatestPublishedRoot(String eventIdentifier) {
        return seal(eventIdentifier).flatMap(sealed -> roots.latest()
                .filter(root -> root.treeSize() > sealed.leafIndex())
                .map(root -> proof(eventIdentifier, sealed, root)));
    }

    private InclusionProof proof(String eventIdentifier, Seal sealed, PublishedRoot root) {
        List<byte[]> path = MerkleTree.auditPath(sealed.leafIndex(), roots.leaves(root.treeSize()));
        StoredEvent event = events.at(sealed.globalIndex()).orElseThrow(() -> new IllegalStateException(
                "event " + eventIdentifier + " was sealed at global index " + sealed.globalIndex()
                        + " and its row is gone: see /api/audit/integrity/verify"));
        EventContent content = event.content();
        return new InclusionProof(InclusionProof.FORMAT, eventIdentifier, event.globalIndex(),
                content.aggregateIdentifier(), content.sequenceNumber(), content.payloadType(),
                Base64.getEncoder().encodeToString(content.canonical()), Hashes.hex(content.contentHash()),
                sealed.leafIndex(), root.treeSize(), path.stream().map(Hashes::hex).toList(), SignedRoot.of(root));
    }

    private Optional<Seal> seal(String eventIdentifier) {
        return jdbc.sql("SELECT global_index, leaf_index FROM event_seal WHERE event_identifier = ?")
                .param(eventIdentifier).query((rs, n) -> new Seal(rs.getLong(1), rs.getLong(2))).optional();
    }
}
