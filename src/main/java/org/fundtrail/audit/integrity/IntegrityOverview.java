package org.fundtrail.audit.integrity;

import org.springframework.stereotype.Component;

/** The integrity status, as the API ({@code GET /api/audit/integrity}) and the auditor's start page show it. */
@Component
public class IntegrityOverview {

    private final EventSealer sealer;
    private final SignedRoots roots;
    private final ChainVerifier verifier;
    private final RootSigningKey key;

    IntegrityOverview(EventSealer sealer, SignedRoots roots, ChainVerifier verifier, RootSigningKey key) {
        this.sealer = sealer;
        this.roots = roots;
        this.verifier = verifier;
        this.key = key;
    }

    public IntegrityStatus status() {
        EventSealer.Progress progress = sealer.progress();
        return new IntegrityStatus(progress.sealedUpTo(), progress.eventsSealed(), progress.gaps(),
                progress.unsealedEvents(), roots.latest().map(SignedRoot::of).orElse(null), key.keyId(),
                verifier.last().orElse(null));
    }
}
