package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** A restricted purpose (定向用途) of a fund, e.g. {@code elderly}; part of account names, so kept to a safe shape. */
public record PurposeCode(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public PurposeCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a purpose code is 1-40 lower-case letters, digits or '-', got '" + value + "'");
        }
    }

    @JsonCreator
    public static PurposeCode of(String value) {
        return new PurposeCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
