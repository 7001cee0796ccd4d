package org.fundtrail.organisation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A host charity (公募慈善组织).
 * {@link #toString()} is the Axon aggregate identifier: prefixed with the kind, so that ids chosen by different
 * clients for different kinds of record can never share an event stream.
 */
public record CharityId(@JsonValue String value) {

    public CharityId {
        Ids.require(value, "charity id");
    }

    @JsonCreator
    public static CharityId of(String value) {
        return new CharityId(value);
    }

    @Override
    public String toString() {
        return "charity:" + value;
    }
}
