package org.fundtrail.contract;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.evidence.api.EvidenceAccessPolicy;
import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.infra.ProblemHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A contract's files (receipts for expenditures, evaluation reports): attached by the contractor or the funding
 * bureau's officers, seen by whoever may read the contract ({@link ContractAccess}, as for the contract itself).
 */
@Component
class ContractEvidenceAccess implements EvidenceAccessPolicy {

    private final ContractAccess contracts;

    ContractEvidenceAccess(ContractAccess contracts) {
        this.contracts = contracts;
    }

    @Override
    public EvidenceScope.Kind kind() {
        return EvidenceScope.Kind.CONTRACT;
    }

    @Override
    public void requireWrite(String scopeId) {
        contracts.requireContractorOrOfficer(ContractId.of(scopeId));
    }

    @Override
    public boolean mayRead(String scopeId) {
        try {
            contracts.requireRead(ContractId.of(scopeId));
            return true;
        } catch (AccessDeniedException | ProblemHandler.NotFound notTheirs) {
            return false;
        }
    }
}
