package org.fundtrail.audit.integrity;

import org.fundtrail.audit.integrity.SignedRoots.PublishedRoot;

import java.util.Base64;

/**
 * A published Merkle root as JSON: hashes in hex, the Ed25519 signature in base64, and the exact message signed, which
 * a verifier rebuilds from the other fields rather than trusts.
 */
public record SignedRoot(long treeSize, String root, String publishedAt, String signature, String keyId,
                         String signedMessage) {

    static SignedRoot of(PublishedRoot root) {
        return new SignedRoot(root.treeSize(), Hashes.hex(root.root()), root.publishedAt().toString(),
                Base64.getEncoder().encodeToString(root.signature()), root.keyId(), root.message());
    }
}
