package org.fundtrail.audit.integrity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Merkle roots over the sealed events, signed and kept in {@code merkle_root}: published when there is something new
 * and {@code root-interval} has passed since the last one, and on demand (an inclusion proof needs a signed root that
 * covers its event). The tree's right edge is kept in memory and brought up to date from {@code event_seal}, so a
 * root costs the new leaves only.
 */
@Component
public class SignedRoots {

    public record PublishedRoot(long treeSize, byte[] root, Instant publishedAt, byte[] signature, String keyId) {
        /** The exact text that was signed. */
        public String message() {
            return RootSignature.message(treeSize, root, publishedAt);
        }
    }

    private static final int LEAVES_PER_QUERY = 10_000;

    private final JdbcClient jdbc;
    private final RootSigningKey key;
    private final IntegrityProperties properties;
    private final Clock clock;
    private final MerkleFrontier frontier = new MerkleFrontier();

    SignedRoots(JdbcClient jdbc, RootSigningKey key, IntegrityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    public Optional<PublishedRoot> latest() {
        return jdbc.sql("SELECT * FROM merkle_root ORDER BY tree_size DESC LIMIT 1").query((rs, n) -> read(rs)).optional();
    }

    public List<PublishedRoot> all() {
        return jdbc.sql("SELECT * FROM merkle_root ORDER BY tree_size").query((rs, n) -> read(rs)).list();
    }

    public long sealedLeaves() {
        return jdbc.sql("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM event_seal").query(Long.class).single();
    }

    /** Publishes a root if events were sealed since the last one and the last is at least {@code root-interval} old. */
    public synchronized Optional<PublishedRoot> publishIfDue() {
        Optional<PublishedRoot> latest = latest();
        long leaves = sealedLeaves();
        if (leaves == 0 || latest.map(r -> r.treeSize() >= leaves).orElse(false)) {
            return Optional.empty();
        }
        if (latest.isPresent() && latest.get().publishedAt().plus(properties.rootInterval()).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return publishNow();
    }

    /** A signed root over every event sealed so far (the existing one if nothing was sealed since); empty if none is. */
    public synchronized Optional<PublishedRoot> publishNow() {
        catchUp();
        long size = frontier.size();
        if (size == 0) {
            return Optional.empty();
        }
        Optional<PublishedRoot> existing = atSize(size);
        if (existing.isPresent()) {
            return existing;
        }
        byte[] root = frontier.root();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] signature = key.sign(RootSignature.message(size, root, now));
        // another node may have published the same size meanwhile: same leaves, same root; keep the first
        jdbc.sql("""
                        INSERT INTO merkle_root (tree_size, root, published_at, signature, key_id) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (tree_size) DO NOTHING""")
                .params(size, root, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), signature, key.keyId()).update();
        return atSize(size);
    }

    Optional<PublishedRoot> atSize(long treeSize) {
        return jdbc.sql("SELECT * FROM merkle_root WHERE tree_size = ?").param(treeSize)
                .query((rs, n) -> read(rs)).optional();
    }

    /** The content hashes of leaves 0 .. treeSize - 1, for an inclusion proof. */
    List<byte[]> leaves(long treeSize) {
        return jdbc.sql("SELECT content_hash FROM event_seal WHERE leaf_index < ? ORDER BY leaf_index")
                .param(treeSize).query((rs, n) -> rs.getBytes(1)).list();
    }

    private void catchUp() {
        while (true) {
            List<byte[]> next = jdbc.sql("""
                            SELECT content_hash FROM event_seal WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?""")
                    .params(frontier.size(), LEAVES_PER_QUERY).query((rs, n) -> rs.getBytes(1)).list();
            next.forEach(frontier::appendContentHash);
            if (next.size() < LEAVES_PER_QUERY) {
                return;
            }
        }
    }

    private static PublishedRoot read(ResultSet rs) throws SQLException {
        return new PublishedRoot(rs.getLong("tree_size"), rs.getBytes("root"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getBytes("signature"),
                rs.getString("key_id"));
    }
}
