package org.fundtrail.contract.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * One expenditure a contractor reports against a contract.
 */
public record ExpenditureId(@JsonValue String value) {

    public ExpenditureId {
        Ids.require(value, "expenditure id");
    }

    @JsonCreator
    public static ExpenditureId of(String value) {
        return new ExpenditureId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
