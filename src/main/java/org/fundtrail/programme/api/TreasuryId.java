package org.fundtrail.programme.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A treasury (国库) that appropriates money to programmes and receives returns.
 */
public record TreasuryId(@JsonValue String value) {

    public TreasuryId {
        Ids.require(value, "treasury id");
    }

    @JsonCreator
    public static TreasuryId of(String value) {
        return new TreasuryId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
