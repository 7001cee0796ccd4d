package org.fundtrail.evidence.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A stored file, named by the SHA-256 of its bytes. Events cite it as {@code sha256:<64 hex digits>}, so the event
 * itself proves which bytes were meant, whatever happens to file names.
 */
public record EvidenceReference(String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String PREFIX = "sha256:";

    public EvidenceReference {
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("an evidence reference is 64 lower-case hex digits of SHA-256");
        }
    }

    /** Reads {@code sha256:<hex>} or a bare hex digest. */
    public static EvidenceReference parse(String text) {
        String hex = text.strip().toLowerCase(Locale.ROOT);
        return new EvidenceReference(hex.startsWith(PREFIX) ? hex.substring(PREFIX.length()) : hex);
    }

    /** Whether a reference recorded in an event names a stored file (older records cite free text instead). */
    public static boolean isReference(String text) {
        return text != null && text.startsWith(PREFIX) && HEX.matcher(text.substring(PREFIX.length())).matches();
    }

    @Override
    public String toString() {
        return PREFIX + sha256;
    }
}
