package org.fundtrail.audit.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * What a signed Merkle root says and how its Ed25519 signature is checked. The signed message is the ASCII line
 * {@code fundtrail-merkle-root-v1 <tree size> <root hex> <published at>} (single spaces, no newline), the time as
 * {@link Instant#toString()} of a millisecond-precise instant, so {@code openssl pkeyutl -verify -rawin} can check it
 * (docs/integrity.md). JDK only: {@link ProofVerifier} uses it offline.
 */
public final class RootSignature {

    public static final String ALGORITHM = "Ed25519";
    private static final String TAG = "fundtrail-merkle-root-v1";

    private RootSignature() {
    }

    public static String message(long treeSize, byte[] root, String publishedAt) {
        return TAG + " " + treeSize + " " + Hashes.hex(root) + " " + publishedAt;
    }

    public static String message(long treeSize, byte[] root, Instant publishedAt) {
        return message(treeSize, root, publishedAt.toString());
    }

    public static byte[] sign(PrivateKey key, String message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message.getBytes(StandardCharsets.US_ASCII));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a Merkle root", e);
        }
    }

    public static boolean verify(PublicKey key, String message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The key id published with every root: hex SHA-256 of the public key's X.509 (SubjectPublicKeyInfo) DER. */
    public static String keyId(PublicKey key) {
        return Hashes.hex(Hashes.sha256(key.getEncoded()));
    }

    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    public static byte[] derFromPem(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + label + " in the PEM text");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    public static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(derFromPem(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
