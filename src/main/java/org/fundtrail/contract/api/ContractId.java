package org.fundtrail.contract.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A service contract (项目合同) with a contractor for one community.
 * {@link #toString()} is the Axon aggregate identifier, prefixed with the kind.
 */
public record ContractId(@JsonValue String value) {

    public ContractId {
        Ids.require(value, "contract id");
    }

    @JsonCreator
    public static ContractId of(String value) {
        return new ContractId(value);
    }

    @Override
    public String toString() {
        return "contract:" + value;
    }
}
