package org.fundtrail.evidence.api;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.organisation.api.CharityId;

/**
 * Whose record a file supports: a charity's (donations, goods, grants) or a contract's (expenditures, evaluation
 * reports). Who may upload and download follows who may write and read those records.
 */
public record EvidenceScope(Kind kind, String id) {

    public enum Kind {
        CHARITY, CONTRACT
    }

    public EvidenceScope {
        if (kind == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("an evidence scope needs a kind and an id");
        }
    }

    public static EvidenceScope charity(CharityId charityId) {
        return new EvidenceScope(Kind.CHARITY, charityId.value());
    }

    public static EvidenceScope contract(ContractId contractId) {
        return new EvidenceScope(Kind.CONTRACT, contractId.value());
    }
}
