package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A grant from a community fund to an organisation's project.
 * {@link #toString()} is the Axon aggregate identifier: prefixed with the kind, so that ids chosen by different
 * clients for different kinds of record can never share an event stream.
 */
public record GrantId(@JsonValue String value) {

    public GrantId {
        Ids.require(value, "grant id");
    }

    @JsonCreator
    public static GrantId of(String value) {
        return new GrantId(value);
    }

    @Override
    public String toString() {
        return "grant:" + value;
    }
}
