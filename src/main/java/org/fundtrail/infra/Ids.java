package org.fundtrail.infra;

import java.util.regex.Pattern;

/** The shape every client-supplied identifier must have: short, printable, safe in a URL path and an account name. */
public final class Ids {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    public static String require(String value, String what) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1-64 letters, digits, '.', '_' or '-' (starting with a letter or digit), got '" + value + "'");
        }
        return value;
    }
}
