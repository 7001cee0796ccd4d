package org.fundtrail.audit.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 and hex, the only primitives the chain and the Merkle tree use. JDK only: {@link ProofVerifier} runs without Spring. */
public final class Hashes {

    public static final int LENGTH = 32;
    /** The chain hash "before" the first event. */
    public static final byte[] GENESIS = new byte[LENGTH];

    private Hashes() {
    }

    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** chain_hash = SHA-256(previous chain_hash || content_hash). */
    public static byte[] chain(byte[] previousChainHash, byte[] contentHash) {
        return sha256(previousChainHash, contentHash);
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    public static byte[] fromHex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
