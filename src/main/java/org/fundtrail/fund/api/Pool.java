package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a fund keeps a yuan: the unrestricted pool, or the pool of one restricted purpose. Money never moves
 * between pools (专款专用); a grant is paid from exactly one.
 */
public record Pool(@JsonValue String key) {

    public static final Pool UNRESTRICTED = new Pool("unrestricted");
    private static final String RESTRICTED = "restricted:";

    @JsonCreator
    public static Pool parse(String key) {
        if ("unrestricted".equals(key)) {
            return UNRESTRICTED;
        }
        if (key != null && key.startsWith(RESTRICTED)) {
            return restrictedTo(PurposeCode.of(key.substring(RESTRICTED.length())));
        }
        throw new IllegalArgumentException("a pool is 'unrestricted' or 'restricted:<purpose>', got '" + key + "'");
    }

    public static Pool restrictedTo(PurposeCode purpose) {
        return new Pool(RESTRICTED + purpose.value());
    }

    /** The pool a gift lands in: its purpose's, or the unrestricted one when the donor set none. */
    public static Pool of(PurposeCode purposeOrNull) {
        return purposeOrNull == null ? UNRESTRICTED : restrictedTo(purposeOrNull);
    }

    public boolean isRestricted() {
        return key.startsWith(RESTRICTED);
    }

    /** The purpose of a restricted pool, or null for the unrestricted one. */
    public PurposeCode purpose() {
        return isRestricted() ? PurposeCode.of(key.substring(RESTRICTED.length())) : null;
    }

    @Override
    public String toString() {
        return key;
    }
}
