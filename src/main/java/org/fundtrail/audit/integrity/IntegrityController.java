package org.fundtrail.audit.integrity;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The integrity of the event log over HTTP: status, full verification and inclusion proofs for auditors
 * ({@code /api/audit/**}), the signing key and the latest signed root for everyone ({@code /api/public/**}).
 */
@RestController
class IntegrityController {

    private final IntegrityOverview overview;
    private final SignedRoots roots;
    private final ChainVerifier verifier;
    private final InclusionProofs proofs;
    private final RootSigningKey key;

    IntegrityController(IntegrityOverview overview, SignedRoots roots, ChainVerifier verifier, InclusionProofs proofs,
                        RootSigningKey key) {
        this.overview = overview;
        this.roots = roots;
        this.verifier = verifier;
        this.proofs = proofs;
        this.key = key;
    }

    @GetMapping("/api/audit/integrity")
    IntegrityStatus status() {
        return overview.status();
    }

    @GetMapping("/api/audit/integrity/verify")
    ChainVerifier.Verification verify() {
        return verifier.verify();
    }

    @GetMapping("/api/audit/integrity/proofs/{eventIdentifier}")
    InclusionProof proof(@PathVariable String eventIdentifier) {
        try {
            return proofs.forEvent(eventIdentifier).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "no event " + eventIdentifier));
        } catch (InclusionProofs.NotSealedYet | IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage(), e);
        }
    }

    /** PEM, so that {@code curl -o publickey.pem} gives what openssl and ProofVerifier read. */
    @GetMapping(value = "/api/public/integrity/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().header("X-Key-Id", key.keyId()).body(key.publicKeyPem());
    }

    @GetMapping("/api/public/integrity/roots/latest")
    SignedRoot latestRoot() {
        return roots.latest().or(roots::publishNow).map(SignedRoot::of).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no event has been sealed yet"));
    }
}
