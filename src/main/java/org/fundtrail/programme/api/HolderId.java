package org.fundtrail.programme.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A holder of programme money along the channel: a city bureau, a district or county bureau, a street.
 */
public record HolderId(@JsonValue String value) {

    public HolderId {
        Ids.require(value, "holder id");
    }

    @JsonCreator
    public static HolderId of(String value) {
        return new HolderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
