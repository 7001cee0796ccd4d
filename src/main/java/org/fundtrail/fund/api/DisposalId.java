package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * One distribution or sale of donated goods.
 * {@link #toString()} is the Axon aggregate identifier: prefixed with the kind, so that ids chosen by different
 * clients for different kinds of record can never share an event stream.
 */
public record DisposalId(@JsonValue String value) {

    public DisposalId {
        Ids.require(value, "disposal id");
    }

    @JsonCreator
    public static DisposalId of(String value) {
        return new DisposalId(value);
    }

    @Override
    public String toString() {
        return "disposal:" + value;
    }
}
