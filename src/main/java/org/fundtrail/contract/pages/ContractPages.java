package org.fundtrail.contract.pages;

import org.fundtrail.contract.ContractAccess;
import org.fundtrail.contract.ContractQueries;
import org.fundtrail.contract.ContractQueries.ContractDetail;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.security.Access;
import org.fundtrail.security.Role;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Set;

/**
 * The contract pages of the workspace: a contractor's own contracts (an officer's or approver's: their bureau's), and
 * one contract with its tranches, money, expenditures by budget line, clawbacks, returns and evaluations. Every page
 * checks {@link ContractAccess} as the API does.
 */
@PageController
@RequestMapping("/app/contracts")
class ContractPages {

    /** Roles whose actions on a contract the officer fragment ({@code contract/officer :: actions}) shows. */
    private static final Set<Role> OFFICER_ROLES = Set.of(Role.FINANCE_OFFICER, Role.APPROVER, Role.ADMIN);

    private final ContractAccess contracts;
    private final ContractQueries queries;
    private final Access access;

    ContractPages(ContractAccess contracts, ContractQueries queries, Access access) {
        this.contracts = contracts;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("contracts", queries.contracts(contracts.readScope()));
        return "contract/list";
    }

    @GetMapping("/{contractId}")
    String contract(@PathVariable ContractId contractId, Model model) {
        contracts.requireRead(contractId);
        ContractDetail contract = detail(queries, contractId);
        model.addAttribute("contract", contract);
        model.addAttribute("mayReport", contract.status() != ContractQueries.ContractStatus.CLOSED
                && contracts.mayReportOn(contractId));
        model.addAttribute("officerActions", OFFICER_ROLES.contains(access.currentUser().role()));
        return "contract/detail";
    }

    /** The contract as the read model has it; one signed a moment ago may not be there yet. */
    static ContractDetail detail(ContractQueries queries, ContractId contractId) {
        return queries.contract(contractId).orElseThrow(() -> new ProblemHandler.NotFound(
                "contract " + contractId.value() + " is not in the read model yet"));
    }
}
