package org.fundtrail.audit.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of {@code domainevententry} as the hash sees it, and its canonical byte encoding (docs/integrity.md):
 * the tag {@code fundtrail-event-v1} and then nine fields, each as a 4-byte big-endian length followed by that many
 * bytes (length -1 and no bytes for SQL NULL): aggregate identifier, sequence number (8-byte big-endian), type, event
 * identifier, payload type, payload revision, timestamp (the stored text), payload bytes, metadata bytes. Strings are
 * UTF-8. Length prefixes make the encoding unambiguous, so no two different rows share an encoding.
 * The global index is not part of it: the position is what the chain and the tree attest.
 */
public record EventContent(String aggregateIdentifier, long sequenceNumber, String type, String eventIdentifier,
                           String payloadType, String payloadRevision, String timestamp, byte[] payload,
                           byte[] metadata) {

    public static final String TAG = "fundtrail-event-v1";

    public EventContent {
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
    }

    public byte[] canonical() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(payload) + length(metadata));
        field(out, utf8(TAG));
        field(out, utf8(aggregateIdentifier));
        field(out, ByteBuffer.allocate(8).putLong(sequenceNumber).array());
        field(out, utf8(type));
        field(out, utf8(eventIdentifier));
        field(out, utf8(payloadType));
        field(out, utf8(payloadRevision));
        field(out, utf8(timestamp));
        field(out, payload);
        field(out, metadata);
        return out.toByteArray();
    }

    /** content_hash = SHA-256(canonical encoding). */
    public byte[] contentHash() {
        return Hashes.sha256(canonical());
    }

    public static EventContent decode(byte[] canonical) {
        ByteBuffer in = ByteBuffer.wrap(canonical);
        String tag = string(in);
        if (!TAG.equals(tag)) {
            throw new IllegalArgumentException("not a canonical event: tag is " + tag);
        }
        String aggregate = string(in);
        byte[] sequence = field(in);
        if (sequence == null || sequence.length != 8) {
            throw new IllegalArgumentException("sequence number must be 8 bytes");
        }
        EventContent content = new EventContent(aggregate, ByteBuffer.wrap(sequence).getLong(), string(in), string(in),
                string(in), string(in), string(in), field(in), field(in));
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("trailing bytes after the canonical event");
        }
        return content;
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static byte[] field(ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("bad field length " + length);
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }

    private static String string(ByteBuffer in) {
        byte[] value = field(in);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }

    // records compare arrays by identity; content is compared by value
    @Override
    public boolean equals(Object other) {
        return other instanceof EventContent that && Arrays.equals(canonical(), that.canonical());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(canonical());
    }

    @Override
    public String toString() {
        return "EventContent[" + eventIdentifier + " " + aggregateIdentifier + "#" + sequenceNumber + " " + payloadType + "]";
    }
}
