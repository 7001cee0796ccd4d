package org.fundtrail.audit.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 6962 (section 2.1; the same in RFC 9162) over the content hashes of the sealed events, in
 * global-index order: leaf = SHA-256(0x00 || content_hash), node = SHA-256(0x01 || left || right); a tree of n > 1
 * leaves splits at k, the largest power of two below n, so sizes that are not powers of two need no padding.
 * The empty tree's root is SHA-256 of nothing. JDK only: {@link ProofVerifier} uses it offline.
 */
public final class MerkleTree {

    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] contentHash) {
        return Hashes.sha256(LEAF, contentHash);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Hashes.sha256(NODE, left, right);
    }

    /** MTH(D[n]) over content hashes. Linear in n; {@link MerkleFrontier} keeps it up to date as leaves arrive. */
    public static byte[] root(List<byte[]> contentHashes) {
        if (contentHashes.isEmpty()) {
            return Hashes.sha256();
        }
        return subtree(contentHashes, 0, contentHashes.size());
    }

    /** PATH(m, D[n]): the sibling hashes from the leaf up to the root (RFC 6962 section 2.1.1). */
    public static List<byte[]> auditPath(long leafIndex, List<byte[]> contentHashes) {
        if (leafIndex < 0 || leafIndex >= contentHashes.size()) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + contentHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, contentHashes, 0, contentHashes.size(), path);
        return path;
    }

    /**
     * Verifies an inclusion proof as RFC 9162 section 2.1.3.2 prescribes: recompute the root from the leaf hash and
     * the path, consuming exactly the path for a leaf at that index in a tree of that size.
     */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && java.security.MessageDigest.isEqual(r, root);
    }

    private static byte[] subtree(List<byte[]> hashes, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leafHash(hashes.get(from));
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtree(hashes, from, from + k), subtree(hashes, from + k, to));
    }

    private static void path(long m, List<byte[]> hashes, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, hashes, from, from + k, out);
            out.add(subtree(hashes, from + k, to));
        } else {
            path(m - k, hashes, from + k, to, out);
            out.add(subtree(hashes, from, from + k));
        }
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
