package org.fundtrail.programme.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A public-fund programme (专项资金项目), e.g. the Shenyang 2023 star-community awards.
 * {@link #toString()} is the Axon aggregate identifier, prefixed with the kind.
 */
public record ProgrammeId(@JsonValue String value) {

    public ProgrammeId {
        Ids.require(value, "programme id");
    }

    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    @Override
    public String toString() {
        return "programme:" + value;
    }
}
