package org.fundtrail.programme.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * Money travelling back up the channel to the treasury, hop by hop.
 */
public record ReturnId(@JsonValue String value) {

    public ReturnId {
        Ids.require(value, "return id");
    }

    @JsonCreator
    public static ReturnId of(String value) {
        return new ReturnId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
