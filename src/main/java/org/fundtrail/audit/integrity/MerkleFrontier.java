package org.fundtrail.audit.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of the Merkle tree: the roots of its perfect subtrees, one per set bit of the size, like a binary
 * counter. Appending a leaf costs O(log n) and the root of the whole tree is their right-to-left fold, which is exactly
 * RFC 6962's MTH; so publishing a root every few seconds never rereads the whole log.
 */
public final class MerkleFrontier {

    private final List<byte[]> subtreeRoots = new ArrayList<>();
    private final List<Integer> heights = new ArrayList<>();
    private long size;

    public long size() {
        return size;
    }

    public void appendContentHash(byte[] contentHash) {
        byte[] node = MerkleTree.leafHash(contentHash);
        int height = 0;
        while (!heights.isEmpty() && heights.get(heights.size() - 1) == height) {
            node = MerkleTree.nodeHash(subtreeRoots.remove(subtreeRoots.size() - 1), node);
            heights.remove(heights.size() - 1);
            height++;
        }
        subtreeRoots.add(node);
        heights.add(height);
        size++;
    }

    public byte[] root() {
        if (subtreeRoots.isEmpty()) {
            return Hashes.sha256();
        }
        byte[] root = subtreeRoots.get(subtreeRoots.size() - 1);
        for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(subtreeRoots.get(i), root);
        }
        return root;
    }
}
