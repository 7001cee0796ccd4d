package org.fundtrail.evidence.api;

/** A stored file's bytes with what a download needs to present them. */
public record EvidenceContent(StoredEvidence evidence, byte[] bytes) {
}
