package org.fundtrail.programme.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * One appropriation from a treasury to a programme.
 */
public record AppropriationId(@JsonValue String value) {

    public AppropriationId {
        Ids.require(value, "appropriation id");
    }

    @JsonCreator
    public static AppropriationId of(String value) {
        return new AppropriationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
