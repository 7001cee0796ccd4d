package org.fundtrail.transparency.check;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The Merkle leaf of an event, RFC 6962 section 2.1: SHA-256(0x00 || content hash), shown so people can follow the path. */
final class LeafHash {

    private LeafHash() {
    }

    static String of(String contentHashHex) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(HexFormat.of().parseHex(contentHashHex)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
