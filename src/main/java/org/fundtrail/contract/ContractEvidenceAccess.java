package org.fundtrail.contract;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.evidence.api.EvidenceAccessPolicy;
import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A contract's files (receipts for expenditures, evaluation reports): attached by the contractor or the funding
 * bureau's officers, seen by whoever may read the contract.
 */
@Component
class ContractEvidenceAccess implements EvidenceAccessPolicy {

    private final ContractCommandModel contracts;
    private final Access access;

    ContractEvidenceAccess(ContractCommandModel contracts, Access access) {
        this.contracts = contracts;
        this.access = access;
    }

    @Override
    public EvidenceScope.Kind kind() {
        return EvidenceScope.Kind.CONTRACT;
    }

    @Override
    public void requireWrite(String scopeId) {
        ContractCommandModel.ContractFacts facts = facts(scopeId);
        access.requireContractorOrOfficer(facts.organisationId(), facts.fundingHolder());
    }

    @Override
    public boolean mayRead(String scopeId) {
        try {
            access.requireReadOfContract(facts(scopeId).organisationId());
            return true;
        } catch (AccessDeniedException | ProblemHandler.NotFound notTheirs) {
            return false;
        }
    }

    private ContractCommandModel.ContractFacts facts(String contractId) {
        return contracts.find(ContractId.of(contractId))
                .orElseThrow(() -> new ProblemHandler.NotFound("no contract " + contractId));
    }
}
