package org.fundtrail.audit.integrity;

import java.util.List;

/**
 * Everything needed to check offline that one event is in the signed log (docs/integrity.md): the event's canonical
 * content (base64), its leaf index in a tree of {@code treeSize} leaves, the RFC 6962 audit path (hex, leaf to root)
 * and the signed root of that tree. The other fields are there for people; the verifier checks them against the
 * canonical content.
 */
public record InclusionProof(String format, String eventIdentifier, long globalIndex, String aggregateIdentifier,
                             long sequenceNumber, String payloadType, String canonicalContent, String contentHash,
                             long leafIndex, long treeSize, List<String> auditPath, SignedRoot root) {

    public static final String FORMAT = "fundtrail-inclusion-proof-v1";
}
