package org.fundtrail.evidence.api;

/** A file in the evidence store: its reference (to cite in a command), type, size and first file name. */
public record StoredEvidence(EvidenceReference reference, String contentType, long size, String filename) {
}
