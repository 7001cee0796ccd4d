package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A donor. The name and contact behind it live in the donor table, never in an event, so they can be erased.
 * {@link #toString()} is the Axon aggregate identifier: prefixed with the kind, so that ids chosen by different
 * clients for different kinds of record can never share an event stream.
 */
public record DonorId(@JsonValue String value) {

    public DonorId {
        Ids.require(value, "donor id");
    }

    @JsonCreator
    public static DonorId of(String value) {
        return new DonorId(value);
    }

    @Override
    public String toString() {
        return "donor:" + value;
    }
}
