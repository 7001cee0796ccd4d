package org.fundtrail.audit.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the event log's integrity ({@code fundtrail.integrity.*}).
 *
 * @param keyDir       where the Ed25519 root-signing key lives; empty means {@code <fundtrail.data-dir>/integrity}
 * @param ephemeralKey a key made in memory at start and never stored (tests): roots signed with it cannot be checked
 *                     after a restart
 * @param sealBatch    events sealed per transaction
 * @param gapTimeout   how long a hole in the global index may stay open, while an older transaction is still
 *                     running, before it is recorded as a permanent gap
 * @param rootInterval least time between two published roots (more often on demand, for a proof)
 */
@ConfigurationProperties("fundtrail.integrity")
public record IntegrityProperties(
        @DefaultValue("") String keyDir,
        @DefaultValue("false") boolean ephemeralKey,
        @DefaultValue("1000") int sealBatch,
        @DefaultValue("10s") Duration gapTimeout,
        @DefaultValue("10s") Duration rootInterval) {
}
