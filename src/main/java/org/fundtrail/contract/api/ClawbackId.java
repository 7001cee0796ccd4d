package org.fundtrail.contract.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * One demand to repay money disbursed but unused or improperly used.
 */
public record ClawbackId(@JsonValue String value) {

    public ClawbackId {
        Ids.require(value, "clawback id");
    }

    @JsonCreator
    public static ClawbackId of(String value) {
        return new ClawbackId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
