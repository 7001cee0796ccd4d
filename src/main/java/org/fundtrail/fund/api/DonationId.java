package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A cash or in-kind donation; the client supplies it, which makes a retried request harmless.
 * {@link #toString()} is the Axon aggregate identifier: prefixed with the kind, so that ids chosen by different
 * clients for different kinds of record can never share an event stream.
 */
public record DonationId(@JsonValue String value) {

    public DonationId {
        Ids.require(value, "donation id");
    }

    @JsonCreator
    public static DonationId of(String value) {
        return new DonationId(value);
    }

    @Override
    public String toString() {
        return "donation:" + value;
    }
}
