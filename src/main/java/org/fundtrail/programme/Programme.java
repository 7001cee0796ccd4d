package org.fundtrail.programme;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.infra.RequestMetadata;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationDirectory;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.AllocationApproved;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.AllocationProposed;
import org.fundtrail.programme.api.AllocationRejected;
import org.fundtrail.programme.api.AppropriateFunds;
import org.fundtrail.programme.api.AppropriationId;
import org.fundtrail.programme.api.ApproveAllocation;
import org.fundtrail.programme.api.ContractFunded;
import org.fundtrail.programme.api.CreateProgramme;
import org.fundtrail.programme.api.FundContract;
import org.fundtrail.programme.api.FundsAppropriated;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.OpenReturn;
import org.fundtrail.programme.api.ProgrammeCreated;
import org.fundtrail.programme.api.ProgrammeErrorCode;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.ProposeAllocation;
import org.fundtrail.programme.api.RecordReturnHop;
import org.fundtrail.programme.api.RejectAllocation;
import org.fundtrail.programme.api.ReturnHopRecorded;
import org.fundtrail.programme.api.ReturnId;
import org.fundtrail.programme.api.ReturnOpened;
import org.fundtrail.programme.api.TreasuryId;
import org.fundtrail.contract.api.ContractId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fundtrail.programme.api.ProgrammeErrorCode.*;

/**
 * A public-fund programme: money appropriated from a treasury, allocated down its channel of holders, earmarked to
 * service contracts, and returned hop by hop. It decides every outflow of a holder: never beyond what the holder
 * has, always along the channel, allocations by two officers, contracts within the policy's limits on contractors.
 */
@Aggregate
class Programme {

    @AggregateIdentifier
    private ProgrammeId programmeId;
    private String policyId;
    private TreasuryId treasuryId;
    private HolderId rootHolder;
    private int fiscalYear;
    /** Each holder and the holder its money came from (the root's parent is the treasury: null). */
    private final Map<HolderId, HolderId> parents = new HashMap<>();
    private final Set<AppropriationId> appropriations = new HashSet<>();
    private final Map<AllocationId, Proposal> allocations = new HashMap<>();
    private final Map<ContractId, Commitment> contracts = new HashMap<>();
    private final Map<ReturnId, Journey> returns = new HashMap<>();

    Programme() {
    }

    @CommandHandler
    Programme(CreateProgramme command, ProgrammePolicies policies, Clock clock) {
        if (policies.find(command.policyId()).isEmpty()) {
            throw violation(UNKNOWN_POLICY, "policyId", "no policy '" + command.policyId() + "' in ledger/programmes/");
        }
        required(command.name(), "name");
        required(command.rootHolderName(), "rootHolderName");
        notInFuture(command.effectiveDate(), clock);
        apply(new ProgrammeCreated(command.programmeId(), command.policyId(), command.name().strip(), command.treasuryId(),
                command.rootHolder(), command.rootHolderName().strip(), command.fiscalYear(), command.effectiveDate()));
    }

    @CommandHandler
    void handle(AppropriateFunds command, Clock clock) {
        if (appropriations.contains(command.appropriationId())) {
            throw violation(APPROPRIATION_ALREADY_RECORDED, "appropriationId", "appropriation " + command.appropriationId() + " is already recorded");
        }
        positive(command.amount(), "amount");
        required(command.budgetLine(), "budgetLine");
        notInFuture(command.effectiveDate(), clock);
        apply(new FundsAppropriated(programmeId, command.appropriationId(), treasuryId, rootHolder, command.budgetLine().strip(),
                command.fiscalYear(), command.amount(), command.effectiveDate()));
    }

    /**
     * Money goes one hop down the channel: from a holder that has received money to a new holder below it, or to one
     * already below it. A holder has one parent, so returns can retrace the way the money came (循原渠道).
     */
    @CommandHandler
    void handle(ProposeAllocation command, @MetaDataValue(RequestMetadata.ACTOR) String actor, Clock clock) {
        if (allocations.containsKey(command.allocationId())) {
            throw violation(ALLOCATION_ALREADY_PROPOSED, "allocationId", "allocation " + command.allocationId() + " is already proposed");
        }
        knownHolder(command.fromHolder(), "fromHolder");
        HolderId parent = parents.get(command.toHolder());
        if (command.toHolder().equals(rootHolder) || command.toHolder().equals(command.fromHolder())
                || (parents.containsKey(command.toHolder()) && !command.fromHolder().equals(parent))) {
            throw violation(MONEY_MUST_FOLLOW_THE_CHANNEL, "toHolder", command.toHolder() + " receives money only from "
                    + (parent == null ? "the treasury" : parent) + ", not from " + command.fromHolder());
        }
        required(command.toHolderName(), "toHolderName");
        positive(command.amount(), "amount");
        notInFuture(command.effectiveDate(), clock);
        apply(new AllocationProposed(programmeId, command.allocationId(), command.fromHolder(), command.toHolder(),
                command.toHolderName().strip(), command.amount(), actor, command.effectiveDate()));
    }

    @CommandHandler
    void handle(ApproveAllocation command, @MetaDataValue(RequestMetadata.ACTOR) String actor, ChannelBalances balances) {
        Proposal proposal = pendingAllocation(command.allocationId());
        HolderId parent = parents.get(proposal.to());
        if (parents.containsKey(proposal.to()) && !proposal.from().equals(parent)) {
            // Another allocation reached this holder since the proposal: it now receives money only from its parent.
            throw violation(MONEY_MUST_FOLLOW_THE_CHANNEL, "toHolder", proposal.to() + " receives money only from "
                    + parent + ", not from " + proposal.from());
        }
        if (proposal.proposedBy().equals(actor)) {
            throw violation(SAME_OFFICER_CANNOT_APPROVE, "allocationId", "an allocation is approved by another officer than the one who proposed it");
        }
        Money available = balances.lockAvailable(programmeId, proposal.from());
        if (proposal.amount().isGreaterThan(available)) {
            throw violation(EXCEEDS_HOLDER_BALANCE, "amount", proposal.from() + " has " + available
                    + " to allocate, less than the " + proposal.amount() + " proposed");
        }
        apply(new AllocationApproved(programmeId, command.allocationId(), proposal.from(), proposal.to(), proposal.amount(),
                proposal.proposedBy(), actor, proposal.effectiveDate()));
    }

    @CommandHandler
    void handle(RejectAllocation command, @MetaDataValue(RequestMetadata.ACTOR) String actor) {
        pendingAllocation(command.allocationId());
        required(command.reason(), "reason");
        apply(new AllocationRejected(programmeId, command.allocationId(), command.reason().strip(), actor));
    }

    /** Earmarks a holder's money for a new contract, within the policy's limits on the contractor. */
    @CommandHandler
    void handle(FundContract command, ProgrammePolicies policies, OrganisationDirectory organisations,
                ChannelBalances balances, Clock clock) {
        if (contracts.containsKey(command.contractId())) {
            throw violation(CONTRACT_ALREADY_FUNDED, "contractId", "contract " + command.contractId().value() + " is already funded");
        }
        knownHolder(command.fundingHolder(), "fundingHolder");
        positive(command.amount(), "amount");
        notInFuture(command.effectiveDate(), clock);
        ProgrammePolicy policy = policies.find(policyId).orElseThrow();
        var organisation = organisations.find(command.organisationId()).orElseThrow(() -> violation(ORGANISATION_NOT_REGISTERED,
                "organisationId", "no registered organisation " + command.organisationId().value()));
        if (organisation.isDebarredOn(command.effectiveDate())) {
            throw violation(ORGANISATION_DEBARRED, "organisationId", organisation.name() + " is barred from new contracts until "
                    + organisation.debarredUntil());
        }
        new ContractLimits(policy, contracts.values()).check(command);
        Money available = balances.lockAvailable(programmeId, command.fundingHolder());
        if (command.amount().isGreaterThan(available)) {
            throw violation(EXCEEDS_HOLDER_BALANCE, "amount", command.fundingHolder() + " has " + available
                    + ", less than the contract's " + command.amount());
        }
        apply(new ContractFunded(programmeId, command.contractId(), command.fundingHolder(), command.organisationId(),
                command.county(), command.year(), command.amount(), command.effectiveDate()));
    }

    /** Money at a holder becomes due to the treasury; it will travel up the channel the way it came down. */
    @CommandHandler
    void handle(OpenReturn command, ChannelBalances balances) {
        if (returns.containsKey(command.returnId())) {
            throw violation(RETURN_ALREADY_OPEN, "returnId", "return " + command.returnId() + " is already open");
        }
        knownHolder(command.holder(), "holder");
        positive(command.amount(), "amount");
        required(command.reason(), "reason");
        if (command.contractId() == null) {
            // Unspent money of the holder itself: set it aside so that it can no longer be allocated or committed.
            Money available = balances.lockAvailable(programmeId, command.holder());
            if (command.amount().isGreaterThan(available)) {
                throw violation(EXCEEDS_HOLDER_BALANCE, "amount", command.holder() + " has " + available + " it could return");
            }
        }
        apply(new ReturnOpened(programmeId, command.returnId(), command.holder(), command.amount(), command.contractId(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordReturnHop command, ChannelBalances balances, Clock clock) {
        Journey journey = returns.get(command.returnId());
        if (journey == null) {
            throw violation(RETURN_NOT_FOUND, "returnId", "no return " + command.returnId());
        }
        if (journey.at() == null) {
            throw violation(RETURN_ALREADY_COMPLETE, "returnId", "return " + command.returnId() + " has reached the treasury");
        }
        notInFuture(command.effectiveDate(), clock);
        Money due = balances.lockReturnDue(programmeId, journey.at());
        if (journey.amount().isGreaterThan(due)) {
            throw violation(EXCEEDS_HOLDER_BALANCE, "returnId", journey.at() + " holds " + due + " due for return, less than "
                    + journey.amount() + " (is the money it waits for not back yet?)");
        }
        HolderId next = parents.get(journey.at());
        int budgetYear = command.effectiveDate().getYear();
        apply(new ReturnHopRecorded(programmeId, command.returnId(), journey.hops() + 1, journey.at(), next,
                next == null ? treasuryId : null, journey.amount(), budgetYear, budgetYear == fiscalYear, command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ProgrammeCreated event) {
        programmeId = event.programmeId();
        policyId = event.policyId();
        treasuryId = event.treasuryId();
        rootHolder = event.rootHolder();
        fiscalYear = event.fiscalYear();
        parents.put(event.rootHolder(), null);
    }

    @EventSourcingHandler
    void on(FundsAppropriated event) {
        appropriations.add(event.appropriationId());
    }

    @EventSourcingHandler
    void on(AllocationProposed event) {
        allocations.put(event.allocationId(), new Proposal(event.fromHolder(), event.toHolder(), event.amount(),
                event.proposedBy(), event.effectiveDate(), Proposal.Status.PENDING));
    }

    @EventSourcingHandler
    void on(AllocationApproved event) {
        allocations.computeIfPresent(event.allocationId(), (id, p) -> p.with(Proposal.Status.APPROVED));
        parents.putIfAbsent(event.toHolder(), event.fromHolder());
    }

    @EventSourcingHandler
    void on(AllocationRejected event) {
        allocations.computeIfPresent(event.allocationId(), (id, p) -> p.with(Proposal.Status.REJECTED));
    }

    @EventSourcingHandler
    void on(ContractFunded event) {
        contracts.put(event.contractId(), new Commitment(event.organisationId(), event.county(), event.year()));
    }

    @EventSourcingHandler
    void on(ReturnOpened event) {
        returns.put(event.returnId(), new Journey(event.holder(), event.amount(), 0));
    }

    @EventSourcingHandler
    void on(ReturnHopRecorded event) {
        returns.computeIfPresent(event.returnId(), (id, j) -> new Journey(event.toHolder(), j.amount(), event.hop()));
    }

    private Proposal pendingAllocation(AllocationId id) {
        Proposal proposal = allocations.get(id);
        if (proposal == null) {
            throw violation(ALLOCATION_NOT_FOUND, "allocationId", "no allocation " + id);
        }
        if (proposal.status() != Proposal.Status.PENDING) {
            throw violation(ALLOCATION_NOT_PENDING, "allocationId", "allocation " + id + " is already " + proposal.status().name().toLowerCase());
        }
        return proposal;
    }

    private void knownHolder(HolderId holder, String field) {
        if (holder == null || !parents.containsKey(holder)) {
            throw violation(UNKNOWN_HOLDER, field, holder + " has received no money in programme " + programmeId.value());
        }
    }

    private static void positive(Money amount, String field) {
        if (amount == null || !amount.isPositive()) {
            throw violation(AMOUNT_NOT_POSITIVE, field, field + " must be more than 0.00, got " + amount);
        }
    }

    private static void required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw violation(field.equals("reason") ? REASON_REQUIRED : NAME_REQUIRED, field, field + " is required");
        }
    }

    private static void notInFuture(LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw violation(EFFECTIVE_DATE_IN_FUTURE, "effectiveDate", "effective date " + date + " is after today");
        }
    }

    static RuleViolation violation(ProgrammeErrorCode code, String field, String message) {
        return new RuleViolation(code, field, message);
    }

    /** An allocation waiting for, or past, its second officer. */
    record Proposal(HolderId from, HolderId to, Money amount, String proposedBy, LocalDate effectiveDate, Status status) {
        enum Status { PENDING, APPROVED, REJECTED }

        Proposal with(Status newStatus) {
            return new Proposal(from, to, amount, proposedBy, effectiveDate, newStatus);
        }
    }

    /** What the limits on contractors count. */
    record Commitment(OrganisationId organisation, String county, int year) {
    }

    /** Where a return is on its way up: {@code at} is null once it reached the treasury. */
    record Journey(HolderId at, Money amount, int hops) {
    }
}
