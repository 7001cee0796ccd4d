package org.fundtrail.contract;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.security.Access;
import org.fundtrail.security.FundtrailUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on a contract, resolved from the command side's contract directory (so a contract is known
 * the moment it is signed) and checked on the server for every request, API and page alike: the contractor its own
 * organisation's contracts, finance officers and approvers their bureau's, admins and auditors all, charity staff
 * none. Unknown contracts are 404.
 */
@Component
public class ContractAccess {

    private final ContractCommandModel contracts;
    private final Access access;

    ContractAccess(ContractCommandModel contracts, Access access) {
        this.contracts = contracts;
        this.access = access;
    }

    /** Whose contracts a list shows: exactly one of the two ids, or neither for everything. */
    public record Scope(OrganisationId organisation, HolderId fundingHolder) {
        static final Scope ALL = new Scope(null, null);
    }

    public void requireRead(ContractId contractId) {
        ContractCommandModel.ContractFacts facts = facts(contractId);
        FundtrailUser user = access.currentUser();
        boolean allowed = switch (user.role()) {
            case ADMIN, AUDITOR -> true;
            case CONTRACTOR -> facts.organisationId().equals(user.organisationId());
            case FINANCE_OFFICER, APPROVER -> facts.fundingHolder().equals(user.bureau());
            case CHARITY_STAFF -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " may not read contract " + contractId.value());
        }
    }

    public Scope readScope() {
        FundtrailUser user = access.currentUser();
        return switch (user.role()) {
            case ADMIN, AUDITOR -> Scope.ALL;
            case CONTRACTOR -> new Scope(require(user.organisationId(), user), null);
            case FINANCE_OFFICER, APPROVER -> new Scope(null, require(user.bureau(), user));
            case CHARITY_STAFF -> throw new AccessDeniedException(user.username() + " does not read contracts");
        };
    }

    /** The contractor on its own contracts, or an officer of the funding bureau acting for it. */
    public void requireContractorOrOfficer(ContractId contractId) {
        ContractCommandModel.ContractFacts facts = facts(contractId);
        access.requireContractorOrOfficer(facts.organisationId(), facts.fundingHolder());
    }

    /** Whether the current user may report on the contract (for showing the form's link; the form checks again). */
    public boolean mayReportOn(ContractId contractId) {
        try {
            requireContractorOrOfficer(contractId);
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    public void requireOfficerOf(ContractId contractId) {
        access.requireOfficerOf(facts(contractId).fundingHolder());
    }

    public void requireApproverOf(ContractId contractId) {
        access.requireApproverOf(facts(contractId).fundingHolder());
    }

    ContractCommandModel.ContractFacts facts(ContractId contractId) {
        return contracts.find(contractId).orElseThrow(() -> new ProblemHandler.NotFound("no contract " + contractId.value()));
    }

    /** A user of a scoped role without its scope sees nothing rather than everything. */
    private static <T> T require(T scope, FundtrailUser user) {
        if (scope == null) {
            throw new AccessDeniedException(user.username() + " has no scope");
        }
        return scope;
    }
}
