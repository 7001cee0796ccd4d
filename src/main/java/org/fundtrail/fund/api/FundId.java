package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A community fund, named by the client that opens it.
 * {@link #toString()} is the Axon aggregate identifier: prefixed with the kind, so that ids chosen by different
 * clients for different kinds of record can never share an event stream.
 */
public record FundId(@JsonValue String value) {

    public FundId {
        Ids.require(value, "fund id");
    }

    @JsonCreator
    public static FundId of(String value) {
        return new FundId(value);
    }

    @Override
    public String toString() {
        return "fund:" + value;
    }
}
