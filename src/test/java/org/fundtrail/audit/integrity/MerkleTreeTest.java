package org.fundtrail.audit.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The RFC 6962 tree against roots written out by hand, and proofs for every leaf of many sizes. */
class MerkleTreeTest {

    private static byte[] d(int i) {
        return Hashes.sha256(("event " + i).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] leaf(int i) {
        return Hashes.sha256(new byte[]{0x00}, d(i));
    }

    private static byte[] node(byte[] left, byte[] right) {
        return Hashes.sha256(new byte[]{0x01}, left, right);
    }

    private static List<byte[]> data(int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(d(i));
        }
        return hashes;
    }

    @Test
    void emptyTreeIsTheHashOfNothing() {
        assertThat(MerkleTree.root(List.of())).isEqualTo(Hashes.fromHex(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void handComputedRoots() {
        assertThat(MerkleTree.root(data(1))).isEqualTo(leaf(0));
        assertThat(MerkleTree.root(data(2))).isEqualTo(node(leaf(0), leaf(1)));
        // 3 = 2 + 1: the left subtree is the largest power of two below n
        assertThat(MerkleTree.root(data(3))).isEqualTo(node(node(leaf(0), leaf(1)), leaf(2)));
        // 5 = 4 + 1: the odd leaf is not promoted or duplicated, it joins at the top
        byte[] firstFour = node(node(leaf(0), leaf(1)), node(leaf(2), leaf(3)));
        assertThat(MerkleTree.root(data(5))).isEqualTo(node(firstFour, leaf(4)));
        byte[] nextFour = node(node(leaf(4), leaf(5)), node(leaf(6), leaf(7)));
        assertThat(MerkleTree.root(data(8))).isEqualTo(node(firstFour, nextFour));
    }

    @Test
    void theFrontierGivesTheSameRootAtEverySize() {
        MerkleFrontier frontier = new MerkleFrontier();
        assertThat(frontier.root()).isEqualTo(MerkleTree.root(List.of()));
        for (int n = 1; n <= 70; n++) {
            frontier.appendContentHash(d(n - 1));
            assertThat(frontier.size()).isEqualTo(n);
            assertThat(frontier.root()).as("size %d", n).isEqualTo(MerkleTree.root(data(n)));
        }
    }

    @Test
    void handComputedAuditPath() {
        // leaf 2 of 5: its sibling leaf 3, then the pair (0, 1), then leaf 4 on the right
        assertThat(MerkleTree.auditPath(2, data(5)))
                .containsExactly(leaf(3), node(leaf(0), leaf(1)), leaf(4));
        // leaf 4 of 5: the only other subtree is the first four
        assertThat(MerkleTree.auditPath(4, data(5)))
                .containsExactly(node(node(leaf(0), leaf(1)), node(leaf(2), leaf(3))));
        assertThat(MerkleTree.auditPath(0, data(1))).isEmpty();
    }

    @Test
    void everyLeafOfEverySizeProvesItsInclusionAndNothingElseDoes() {
        for (int n = 1; n <= 33; n++) {
            List<byte[]> data = data(n);
            byte[] root = MerkleTree.root(data);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.auditPath(m, data);
                byte[] leafHash = MerkleTree.leafHash(data.get(m));
                assertThat(MerkleTree.verifyInclusion(m, n, leafHash, path, root)).as("leaf %d of %d", m, n).isTrue();
                // another event's hash, another position, another size, another root: all refused
                assertThat(MerkleTree.verifyInclusion(m, n, MerkleTree.leafHash(d(1000)), path, root)).isFalse();
                assertThat(MerkleTree.verifyInclusion(m, n, leafHash, path, Hashes.sha256(root))).isFalse();
                if (n > 1) {
                    assertThat(MerkleTree.verifyInclusion((m + 1) % n, n, leafHash, path, root)).isFalse();
                }
                // (the path alone does not pin the tree size: leaf 0 of 3 has the same path in a tree "of 4";
                // the size is bound to the root by the signature, which covers both)
            }
        }
    }

    @Test
    void aProofWithATamperedStepFails() {
        List<byte[]> data = data(8);
        List<byte[]> path = new ArrayList<>(MerkleTree.auditPath(5, data));
        path.set(1, Hashes.sha256(path.get(1)));
        assertThat(MerkleTree.verifyInclusion(5, 8, MerkleTree.leafHash(data.get(5)), path, MerkleTree.root(data)))
                .isFalse();
    }
}
