package org.fundtrail.programme.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * One allocation of money from a holder to the next one down the channel.
 */
public record AllocationId(@JsonValue String value) {

    public AllocationId {
        Ids.require(value, "allocation id");
    }

    @JsonCreator
    public static AllocationId of(String value) {
        return new AllocationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
