package org.fundtrail.contract;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.TrancheApprovals;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.TrancheCondition;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * The tranche side of an approver's queue: proposals from the read model, each with what put its condition on
 * record (the signing, or the passed evaluation and its report); decisions through {@link TranchePayments}.
 */
@Component
class TrancheApprovalQueue implements TrancheApprovals {

    private final ContractQueries queries;
    private final TranchePayments payments;
    private final ContractPagesCatchUp catchUp;

    TrancheApprovalQueue(ContractQueries queries, TranchePayments payments, ContractPagesCatchUp catchUp) {
        this.queries = queries;
        this.payments = payments;
        this.catchUp = catchUp;
    }

    @Override
    public List<WaitingTranche> waitingFor(HolderId payer, String notProposedBy) {
        List<HolderId> payers = payer != null ? List.of(payer)
                : queries.contracts(new ContractAccess.Scope(null, null)).stream()
                .map(ContractQueries.ContractSummary::fundingHolder).distinct().toList();
        return payers.stream()
                .flatMap(holder -> queries.proposalsWaitingFor(holder).stream())
                .filter(proposal -> !Objects.equals(proposal.proposedBy(), notProposedBy))
                .map(this::waiting)
                .flatMap(List::stream)
                .toList();
    }

    private List<WaitingTranche> waiting(ContractQueries.TrancheProposal proposal) {
        return queries.contract(proposal.contractId()).map(contract -> {
            var evaluation = contract.milestones().stream()
                    .filter(m -> m.passed() && m.milestone().releases() == proposal.condition())
                    .findFirst();
            boolean signing = proposal.condition() == TrancheCondition.CONTRACT_SIGNED;
            return List.of(new WaitingTranche(proposal.contractId(), contract.programmeId(), contract.fundingHolder(),
                    proposal.organisationId(), proposal.organisationName(), proposal.community(), proposal.number(),
                    proposal.amount(), proposal.condition(),
                    signing ? contract.signedOn() : evaluation.map(ContractQueries.MilestoneView::effectiveDate).orElse(null),
                    signing ? null : evaluation.map(ContractQueries.MilestoneView::reportReference).orElse(null),
                    proposal.proposedBy(), proposal.proposedOn()));
        }).orElse(List.of());
    }

    @Override
    public void approve(ContractId contractId, int number) {
        payments.approve(contractId, number, null);
        catchUp.awaitReadModel();
    }

    @Override
    public void reject(ContractId contractId, int number, String reason) {
        payments.reject(contractId, number, reason, null);
        catchUp.awaitReadModel();
    }
}
