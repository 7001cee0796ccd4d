package org.fundtrail.audit.integrity;

/**
 * Where the integrity of the event log stands on this node: how far it is sealed, the latest signed root, and the
 * latest full verification.
 *
 * @param latestRoot       the latest published root; null before the first
 * @param lastVerification the latest full verification on this node since it started (scheduled, or asked for);
 *                         null before the first
 */
public record IntegrityStatus(long sealedUpTo, long eventsSealed, long gaps, long unsealedEvents, SignedRoot latestRoot,
                              String signingKeyId, ChainVerifier.Verification lastVerification) {
}
