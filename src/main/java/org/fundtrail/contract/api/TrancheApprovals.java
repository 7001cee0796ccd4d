package org.fundtrail.contract.api;

import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.TrancheCondition;

import java.time.LocalDate;
import java.util.List;

/**
 * Tranche payments proposed and waiting for an approver of the funding holder, and the approver's decision on them,
 * for the approval queue that also holds allocations. Decisions go through the same checks and commands as the API.
 */
public interface TrancheApprovals {

    /**
     * @param payer         the funding holder whose approvers decide; null for every holder (admins)
     * @param notProposedBy leaves out what this user proposed: maker and checker are two people
     */
    List<WaitingTranche> waitingFor(HolderId payer, String notProposedBy);

    /** Pays the tranche (an approver of the funding holder, not its proposer); refusals are rule violations. */
    void approve(ContractId contractId, int number);

    /** Rejects the proposal with a reason; the tranche may be proposed again. */
    void reject(ContractId contractId, int number, String reason);

    /**
     * @param conditionMetOn the business date the tranche's condition was put on record (signing, or the passed
     *                       evaluation), with the report that evaluation cites ({@code null} for signing)
     */
    record WaitingTranche(ContractId contractId, ProgrammeId programmeId, HolderId fundingHolder,
                          OrganisationId organisationId, String contractor, String community, int number,
                          Money amount, TrancheCondition condition, LocalDate conditionMetOn, String conditionReport,
                          String proposedBy, LocalDate proposedOn) {
    }
}
