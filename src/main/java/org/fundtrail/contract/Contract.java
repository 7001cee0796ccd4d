package org.fundtrail.contract;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.contract.api.*;
import org.fundtrail.infra.RequestMetadata;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeDirectory;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.TrancheCondition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fundtrail.contract.ContractRules.*;
import static org.fundtrail.contract.api.ContractErrorCode.*;

/**
 * A service contract (项目合同): its earmarked money is paid in tranches when their conditions are on record,
 * spent by budget category, clawed back, or returned. Money the contractor holds ("disbursed balance") is what was
 * paid and is not yet accepted as spent, demanded back, or returned.
 */
@Aggregate
class Contract {

    @AggregateIdentifier
    private ContractId contractId;
    private ProgrammeId programmeId;
    private HolderId fundingHolder;
    private OrganisationId organisationId;
    private int fraudDebarmentYears;
    private Set<String> forbiddenCategories;
    private Money amount;
    private Money paid = Money.ZERO;
    private Money released = Money.ZERO;
    private Money accepted = Money.ZERO;
    private Money demanded = Money.ZERO;
    private Money surplusReturned = Money.ZERO;
    private final Map<String, Money> budget = new LinkedHashMap<>();
    private final Map<String, Money> acceptedByCategory = new HashMap<>();
    private final Map<Integer, TrancheState> tranches = new TreeMap<>();
    private final Set<TrancheCondition> conditionsMet = EnumSet.noneOf(TrancheCondition.class);
    private boolean evaluationFailed;
    private final Map<ExpenditureId, Expenditure> expenditures = new HashMap<>();
    private final Map<ClawbackId, Clawback> clawbacks = new HashMap<>();
    private boolean terminated;
    private boolean closed;

    Contract() {
    }

    @CommandHandler
    Contract(SignContract command, ProgrammeDirectory programmes, ProgrammePolicies policies, Clock clock) {
        var programme = programmes.find(command.programmeId()).orElseThrow(() -> violation(PROGRAMME_NOT_FOUND,
                "programmeId", "no programme " + command.programmeId().value()));
        ProgrammePolicy policy = policies.find(programme.policyId()).orElseThrow();
        ContractTerms terms = ContractTerms.check(command, policy);
        notInFuture(command.effectiveDate(), clock);
        apply(new ContractSigned(command.contractId(), command.programmeId(), policy.id(), command.fundingHolder(),
                command.organisationId(), command.community().strip(), command.county(), command.year(), command.amount(),
                terms.budget(), terms.tranches(), java.util.List.copyOf(new java.util.TreeSet<>(policy.forbiddenCategories())),
                policy.fraudDebarmentYears(), command.rating(), terms.usagePlan(), command.startDate(),
                command.endDate(), command.effectiveDate()));
    }

    /** The tranche schedule says a condition now holds; repeating it, or after the contract ended, changes nothing. */
    @CommandHandler
    void handle(MarkTrancheDue command) {
        TrancheState tranche = tranche(command.number());
        if (tranche.due() || tranche.paid() || ended()) {
            return;
        }
        if (!conditionsMet.contains(tranche.terms().condition())) {
            throw violation(TRANCHE_CONDITION_NOT_MET, "number", "tranche " + command.number() + " waits for "
                    + tranche.terms().condition());
        }
        apply(new TrancheBecameDue(contractId, command.number(), tranche.terms().amount()));
    }

    @CommandHandler
    void handle(RecordMilestone command, Clock clock) {
        notEnded();
        if (conditionsMet.contains(command.milestone().releases())) {
            throw violation(MILESTONE_ALREADY_PASSED, "milestone", command.milestone() + " has already passed");
        }
        required(command.reportReference(), EVIDENCE_REQUIRED, "reportReference");
        notInFuture(command.effectiveDate(), clock);
        apply(new MilestoneRecorded(contractId, command.milestone(), command.passed(), command.reportReference().strip(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(ProposeTranchePayment command, @MetaDataValue(RequestMetadata.ACTOR) String actor, Clock clock) {
        TrancheState tranche = payable(command.number());
        if (tranche.proposedBy() != null) {
            throw violation(TRANCHE_ALREADY_PROPOSED, "number", "tranche " + command.number() + " is already proposed by "
                    + tranche.proposedBy());
        }
        notInFuture(command.effectiveDate(), clock);
        apply(new TranchePaymentProposed(contractId, command.number(), tranche.terms().amount(), actor, command.effectiveDate()));
    }

    /** Maker-checker: a second officer approves, and the condition is checked again (an evaluation may have failed since). */
    @CommandHandler
    void handle(ApproveTranchePayment command, @MetaDataValue(RequestMetadata.ACTOR) String actor, Clock clock) {
        TrancheState tranche = payable(command.number());
        if (tranche.proposedBy() == null) {
            throw violation(TRANCHE_NOT_PROPOSED, "number", "tranche " + command.number() + " has not been proposed");
        }
        if (tranche.proposedBy().equals(actor)) {
            throw violation(SAME_OFFICER_CANNOT_APPROVE, "number", "a payment is approved by another officer than the one who proposed it");
        }
        notInFuture(command.effectiveDate(), clock);
        apply(new TranchePaid(contractId, programmeId, command.number(), tranche.terms().amount(), tranche.proposedBy(),
                actor, command.effectiveDate()));
    }

    @CommandHandler
    void handle(RejectTranchePayment command, @MetaDataValue(RequestMetadata.ACTOR) String actor) {
        TrancheState tranche = tranche(command.number());
        if (tranche.proposedBy() == null || tranche.paid()) {
            throw violation(TRANCHE_NOT_PROPOSED, "number", "tranche " + command.number() + " has no proposal waiting");
        }
        required(command.reason(), REASON_REQUIRED, "reason");
        apply(new TranchePaymentRejected(contractId, command.number(), command.reason().strip(), actor));
    }

    /** Costs incurred before the money arrived may be reported (effective date before a tranche); never after closing. */
    @CommandHandler
    void handle(ReportExpenditure command, Clock clock) {
        if (closed) {
            throw violation(CONTRACT_ENDED, "contractId", "contract " + contractId.value() + " is closed");
        }
        if (expenditures.containsKey(command.expenditureId())) {
            throw violation(EXPENDITURE_ALREADY_REPORTED, "expenditureId", "expenditure " + command.expenditureId() + " is already reported");
        }
        if (forbiddenCategories.contains(command.category())) {
            throw violation(FORBIDDEN_CATEGORY, "category", "this programme's money may not pay for " + command.category());
        }
        if (!budget.containsKey(command.category())) {
            throw violation(UNKNOWN_CATEGORY, "category", "the contract has no budget line '" + command.category()
                    + "'; its lines are " + budget.keySet());
        }
        positive(command.amount(), "amount");
        required(command.evidenceReference(), EVIDENCE_REQUIRED, "evidenceReference");
        notInFuture(command.effectiveDate(), clock);
        apply(new ExpenditureReported(contractId, command.expenditureId(), command.category(), command.amount(),
                command.description() == null ? "" : command.description().strip(), command.evidenceReference().strip(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(AcceptExpenditure command, @MetaDataValue(RequestMetadata.ACTOR) String actor, Clock clock) {
        Expenditure expenditure = pending(command.expenditureId());
        Money spentOnLine = acceptedByCategory.getOrDefault(expenditure.category(), Money.ZERO).plus(expenditure.amount());
        if (spentOnLine.isGreaterThan(budget.get(expenditure.category()))) {
            throw violation(EXCEEDS_BUDGET_LINE, "expenditureId", "accepting it would spend " + spentOnLine + " on "
                    + expenditure.category() + ", over its budget line of " + budget.get(expenditure.category()));
        }
        if (expenditure.amount().isGreaterThan(disbursedBalance())) {
            throw violation(EXCEEDS_DISBURSED_BALANCE, "expenditureId", "the contractor holds " + disbursedBalance()
                    + " of paid money; " + expenditure.amount() + " cannot be accepted until more is paid");
        }
        notInFuture(command.effectiveDate(), clock);
        apply(new ExpenditureAccepted(contractId, command.expenditureId(), expenditure.category(), expenditure.amount(),
                actor, command.effectiveDate()));
    }

    @CommandHandler
    void handle(RejectExpenditure command, @MetaDataValue(RequestMetadata.ACTOR) String actor) {
        Expenditure expenditure = pending(command.expenditureId());
        required(command.reason(), REASON_REQUIRED, "reason");
        apply(new ExpenditureRejected(contractId, command.expenditureId(), expenditure.category(), expenditure.amount(),
                command.reason().strip(), actor));
    }

    /** Clawback ≤ what the contractor holds: disbursed, less accepted spending, earlier clawbacks and returns. */
    @CommandHandler
    void handle(DemandClawback command, Clock clock) {
        if (clawbacks.containsKey(command.clawbackId())) {
            throw violation(CLAWBACK_ALREADY_DEMANDED, "clawbackId", "clawback " + command.clawbackId() + " is already demanded");
        }
        positive(command.amount(), "amount");
        required(command.reason(), REASON_REQUIRED, "reason");
        if (command.dueDate() == null) {
            throw violation(DUE_DATE_REQUIRED, "dueDate", "a clawback states when it must be repaid");
        }
        withinDisbursedBalance(command.amount(), "amount");
        notInFuture(command.effectiveDate(), clock);
        apply(new ClawbackDemanded(contractId, command.clawbackId(), command.amount(), command.reason().strip(),
                command.dueDate(), false, command.effectiveDate()));
    }

    @CommandHandler
    void handle(RecordClawbackRepayment command, Clock clock) {
        Clawback clawback = clawbacks.get(command.clawbackId());
        if (clawback == null) {
            throw violation(CLAWBACK_NOT_FOUND, "clawbackId", "no clawback " + command.clawbackId());
        }
        positive(command.amount(), "amount");
        if (command.amount().isGreaterThan(clawback.outstanding())) {
            throw violation(EXCEEDS_CLAWBACK_OUTSTANDING, "amount", "clawback " + command.clawbackId() + " has "
                    + clawback.outstanding() + " outstanding");
        }
        notInFuture(command.effectiveDate(), clock);
        apply(new ClawbackRepaid(contractId, programmeId, fundingHolder, command.clawbackId(), command.amount(),
                clawback.outstanding().minus(command.amount()), command.effectiveDate()));
    }

    /** From the clawback watch at the due date; a clawback repaid in full by then is not overdue. */
    @CommandHandler
    void handle(FlagClawbackOverdue command) {
        Clawback clawback = clawbacks.get(command.clawbackId());
        if (clawback == null) {
            throw violation(CLAWBACK_NOT_FOUND, "clawbackId", "no clawback " + command.clawbackId());
        }
        if (clawback.outstanding().isPositive() && !clawback.overdue()) {
            apply(new ClawbackOverdue(contractId, command.clawbackId(), clawback.outstanding(), clawback.dueDate()));
        }
    }

    /**
     * Fraud (弄虚作假, seed 000): everything the contractor holds is clawed back, the contract ends, and the
     * organisation is barred from new contracts for the policy's years (a process manager debars it).
     */
    @CommandHandler
    void handle(RecordFraudFinding command, Clock clock) {
        if (closed) {
            throw violation(CONTRACT_ENDED, "contractId", "contract " + contractId.value() + " is closed");
        }
        required(command.finding(), FINDING_REQUIRED, "finding");
        notInFuture(command.effectiveDate(), clock);
        LocalDate date = command.effectiveDate();
        apply(new FraudFound(contractId, programmeId, organisationId, command.finding().strip(), command.publish(),
                date.plusYears(fraudDebarmentYears), date));
        Money held = disbursedBalance();
        if (held.isPositive()) {
            apply(new ClawbackDemanded(contractId, fraudClawbackId(date), held, "fraud: " + command.finding().strip(),
                    date.plusDays(30), true, date));
        }
        if (!terminated) {
            apply(new ContractTerminated(contractId, programmeId, fundingHolder, "fraud: " + command.finding().strip(),
                    committedBalance(), date));
        }
    }

    @CommandHandler
    void handle(TerminateContract command, Clock clock) {
        notEnded();
        required(command.reason(), REASON_REQUIRED, "reason");
        notInFuture(command.effectiveDate(), clock);
        apply(new ContractTerminated(contractId, programmeId, fundingHolder, command.reason().strip(), committedBalance(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(ReturnSurplus command, Clock clock) {
        if (closed) {
            throw violation(CONTRACT_ENDED, "contractId", "contract " + contractId.value() + " is closed");
        }
        positive(command.amount(), "amount");
        withinDisbursedBalance(command.amount(), "amount");
        notInFuture(command.effectiveDate(), clock);
        apply(new SurplusReturned(contractId, programmeId, fundingHolder, command.amount(), command.effectiveDate()));
    }

    /** Closing needs a passed final acceptance and every disbursed yuan spent, clawed back and repaid, or returned. */
    @CommandHandler
    void handle(CloseContract command, Clock clock) {
        notEnded();
        if (!conditionsMet.contains(TrancheCondition.FINAL_ACCEPTANCE_PASSED)) {
            throw violation(FINAL_ACCEPTANCE_NOT_PASSED, "contractId", "a contract closes only after its final acceptance passed");
        }
        if (expenditures.values().stream().anyMatch(e -> e.status() == Expenditure.Status.REPORTED)) {
            throw violation(EXPENDITURES_PENDING, "contractId", "reported expenditures still wait for review");
        }
        Money owed = clawbacks.values().stream().map(Clawback::outstanding).reduce(Money.ZERO, Money::plus);
        if (disbursedBalance().isPositive() || owed.isPositive()) {
            throw violation(MONEY_NOT_ACCOUNTED_FOR, "contractId", "the contractor still holds " + disbursedBalance()
                    + " and owes " + owed + " on clawbacks: every disbursed yuan must be spent, repaid or returned");
        }
        // A tranche blocked by a failed evaluation will never be paid: its earmark is released, it is not "due".
        tranches.values().stream().filter(t -> !t.paid() && !evaluationFailed && conditionsMet.contains(t.terms().condition())).findFirst()
                .ifPresent(t -> {
                    throw violation(MONEY_NOT_ACCOUNTED_FOR, "contractId", "tranche " + t.terms().number() + " is due and unpaid");
                });
        notInFuture(command.effectiveDate(), clock);
        apply(new ContractClosed(contractId, programmeId, fundingHolder, committedBalance(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ContractSigned e) {
        contractId = e.contractId();
        programmeId = e.programmeId();
        fundingHolder = e.fundingHolder();
        organisationId = e.organisationId();
        amount = e.amount();
        e.budget().forEach(line -> budget.put(line.category(), line.amount()));
        e.tranches().forEach(t -> tranches.put(t.number(), TrancheState.of(t)));
        conditionsMet.add(TrancheCondition.CONTRACT_SIGNED);
        forbiddenCategories = Set.copyOf(e.forbiddenCategories());
        fraudDebarmentYears = e.fraudDebarmentYears();
    }

    @EventSourcingHandler
    void on(TrancheBecameDue e) {
        tranches.computeIfPresent(e.number(), (n, t) -> t.markDue());
    }

    @EventSourcingHandler
    void on(MilestoneRecorded e) {
        if (e.passed()) {
            conditionsMet.add(e.milestone().releases());
        } else {
            evaluationFailed = true;
        }
    }

    @EventSourcingHandler
    void on(TranchePaymentProposed e) {
        tranches.computeIfPresent(e.number(), (n, t) -> t.proposedBy(e.proposedBy()));
    }

    @EventSourcingHandler
    void on(TranchePaymentRejected e) {
        tranches.computeIfPresent(e.number(), (n, t) -> t.proposedBy(null));
    }

    @EventSourcingHandler
    void on(TranchePaid e) {
        tranches.computeIfPresent(e.number(), (n, t) -> t.markPaid());
        paid = paid.plus(e.amount());
    }

    @EventSourcingHandler
    void on(ExpenditureReported e) {
        expenditures.put(e.expenditureId(), new Expenditure(e.category(), e.amount(), Expenditure.Status.REPORTED));
    }

    @EventSourcingHandler
    void on(ExpenditureAccepted e) {
        expenditures.computeIfPresent(e.expenditureId(), (id, x) -> x.with(Expenditure.Status.ACCEPTED));
        acceptedByCategory.merge(e.category(), e.amount(), Money::plus);
        accepted = accepted.plus(e.amount());
    }

    @EventSourcingHandler
    void on(ExpenditureRejected e) {
        expenditures.computeIfPresent(e.expenditureId(), (id, x) -> x.with(Expenditure.Status.REJECTED));
    }

    @EventSourcingHandler
    void on(ClawbackDemanded e) {
        clawbacks.put(e.clawbackId(), new Clawback(e.amount(), e.amount(), e.dueDate(), false));
        demanded = demanded.plus(e.amount());
    }

    @EventSourcingHandler
    void on(ClawbackRepaid e) {
        clawbacks.computeIfPresent(e.clawbackId(), (id, c) -> c.repaid(e.amount()));
    }

    @EventSourcingHandler
    void on(ClawbackOverdue e) {
        clawbacks.computeIfPresent(e.clawbackId(), (id, c) -> c.markOverdue());
    }

    @EventSourcingHandler
    void on(ContractTerminated e) {
        terminated = true;
        released = released.plus(e.released());
    }

    @EventSourcingHandler
    void on(SurplusReturned e) {
        surplusReturned = surplusReturned.plus(e.amount());
    }

    @EventSourcingHandler
    void on(ContractClosed e) {
        closed = true;
        released = released.plus(e.released());
    }

    /** {@code fraud-<date>}, numbered on if a client already chose that id for a clawback of its own. */
    private ClawbackId fraudClawbackId(LocalDate date) {
        ClawbackId id = ClawbackId.of("fraud-" + date);
        for (int n = 2; clawbacks.containsKey(id); n++) {
            id = ClawbackId.of("fraud-" + date + "-" + n);
        }
        return id;
    }

    /** Paid to the contractor and not yet accepted as spent, demanded back or returned. */
    private Money disbursedBalance() {
        return paid.minus(accepted).minus(demanded).minus(surplusReturned);
    }

    /** Earmarked for this contract and neither paid nor released. */
    private Money committedBalance() {
        return amount.minus(paid).minus(released);
    }

    private boolean ended() {
        return terminated || closed;
    }

    private void notEnded() {
        if (ended()) {
            throw violation(CONTRACT_ENDED, "contractId", "contract " + contractId.value() + " is "
                    + (closed ? "closed" : "terminated"));
        }
    }

    private TrancheState tranche(int number) {
        TrancheState tranche = tranches.get(number);
        if (tranche == null) {
            throw violation(NO_SUCH_TRANCHE, "number", "contract " + contractId.value() + " has tranches " + tranches.keySet());
        }
        return tranche;
    }

    /** A tranche may be paid when unpaid, the contract runs, no evaluation failed, its condition holds, and earlier ones are paid. */
    private TrancheState payable(int number) {
        TrancheState tranche = tranche(number);
        if (tranche.paid()) {
            throw violation(TRANCHE_ALREADY_PAID, "number", "tranche " + number + " is already paid");
        }
        notEnded();
        if (evaluationFailed) {
            throw violation(EVALUATION_FAILED_BLOCKS_TRANCHES, "number", "an evaluation of this contract failed: no further tranche is paid");
        }
        if (!conditionsMet.contains(tranche.terms().condition())) {
            throw violation(TRANCHE_CONDITION_NOT_MET, "number", "tranche " + number + " waits for " + tranche.terms().condition());
        }
        tranches.values().stream().filter(t -> t.terms().number() < number && !t.paid()).findFirst().ifPresent(t -> {
            throw violation(TRANCHE_CONDITION_NOT_MET, "number", "tranche " + t.terms().number() + " is paid first");
        });
        return tranche;
    }

    private Expenditure pending(ExpenditureId id) {
        Expenditure expenditure = expenditures.get(id);
        if (expenditure == null) {
            throw violation(EXPENDITURE_NOT_FOUND, "expenditureId", "no expenditure " + id);
        }
        if (expenditure.status() != Expenditure.Status.REPORTED) {
            throw violation(EXPENDITURE_NOT_PENDING, "expenditureId", "expenditure " + id + " is already " + expenditure.status().name().toLowerCase());
        }
        return expenditure;
    }

    private void withinDisbursedBalance(Money requested, String field) {
        if (requested.isGreaterThan(disbursedBalance())) {
            throw violation(EXCEEDS_DISBURSED_BALANCE, field, "the contractor holds " + disbursedBalance()
                    + " (paid " + paid + " − accepted " + accepted + " − demanded " + demanded + " − returned " + surplusReturned
                    + "); " + requested + " is more");
        }
    }

    record TrancheState(Tranche terms, boolean due, String proposedBy, boolean paid) {
        static TrancheState of(Tranche terms) {
            return new TrancheState(terms, false, null, false);
        }

        TrancheState markDue() {
            return new TrancheState(terms, true, proposedBy, paid);
        }

        TrancheState proposedBy(String officer) {
            return new TrancheState(terms, due, officer, paid);
        }

        TrancheState markPaid() {
            return new TrancheState(terms, due, proposedBy, true);
        }
    }

    record Expenditure(String category, Money amount, Status status) {
        enum Status { REPORTED, ACCEPTED, REJECTED }

        Expenditure with(Status newStatus) {
            return new Expenditure(category, amount, newStatus);
        }
    }

    record Clawback(Money amount, Money outstanding, LocalDate dueDate, boolean overdue) {
        Clawback repaid(Money repayment) {
            return new Clawback(amount, outstanding.minus(repayment), dueDate, overdue);
        }

        Clawback markOverdue() {
            return new Clawback(amount, outstanding, dueDate, true);
        }
    }
}
