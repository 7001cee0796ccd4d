package org.fundtrail.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.contract.api.*;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.FundContract;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.StarRating;
import org.fundtrail.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

@RestController
@RequestMapping("/api/contracts")
@Tag(name = "Contracts", description = "Service contracts: tranches (maker-checker), milestones, expenditures, clawbacks, surplus, closing")
class ContractController {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final ContractAccess contracts;
    private final ContractQueries queries;
    private final ExpenditureReporting expenditures;
    private final Access access;
    private final Clock clock;

    ContractController(CommandGateway commands, IdempotentWrites idempotent, ContractAccess contracts,
                       ContractQueries queries, ExpenditureReporting expenditures, Access access, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.contracts = contracts;
        this.queries = queries;
        this.expenditures = expenditures;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The contracts the caller may read: a contractor its own, officers and approvers their bureau's, admins and auditors all")
    List<ContractQueries.ContractSummary> list() {
        return queries.contracts(contracts.readScope());
    }

    @GetMapping("/{contractId}")
    @Operation(summary = "A contract with its money, tranches, expenditures by budget line, clawbacks, evaluations and returns")
    ContractQueries.ContractDetail contract(@PathVariable ContractId contractId) {
        contracts.requireRead(contractId);
        return queries.contract(contractId)
                .orElseThrow(() -> new ProblemHandler.NotFound("contract " + contractId.value() + " is not in the read model yet"));
    }

    record SignRequest(@NotNull ContractId id, @NotNull ProgrammeId programmeId, @NotNull HolderId fundingHolder,
                       @NotNull OrganisationId organisationId, @NotBlank String community, @NotBlank String county,
                       @Positive int year, @NotNull Money amount, @NotEmpty List<@Valid BudgetLine> budget,
                       StarRating rating, List<@Valid PlannedProject> usagePlan, @NotNull LocalDate startDate,
                       @NotNull LocalDate endDate, LocalDate effectiveDate) {
    }

    record MilestoneRequest(@NotNull Milestone milestone, boolean passed, @NotBlank String reportReference,
                            LocalDate effectiveDate) {
    }

    record Dated(LocalDate effectiveDate) {
    }

    record Reason(@NotBlank String reason, LocalDate effectiveDate) {
    }

    record ExpenditureRequest(@NotNull ExpenditureId id, @NotBlank String category, @NotNull Money amount,
                              String description, @NotBlank String evidenceReference, LocalDate effectiveDate) {
    }

    record ClawbackRequest(@NotNull ClawbackId id, @NotNull Money amount, @NotBlank String reason,
                           @NotNull LocalDate dueDate, LocalDate effectiveDate) {
    }

    record RepaymentRequest(@NotBlank String id, @NotNull Money amount, LocalDate effectiveDate) {
    }

    record FraudRequest(@NotBlank String finding, boolean publish, LocalDate effectiveDate) {
    }

    record SurplusRequest(@NotBlank String id, @NotNull Money amount, LocalDate effectiveDate) {
    }

    record Done(String id, String status) {
    }

    /** Earmarks the money (programme) and signs the contract (contract) in one transaction: both or neither. */
    @PostMapping
    @Operation(summary = "Sign a service contract funded by a holder; its tranche plan comes from the programme's policy")
    ResponseEntity<Object> sign(@Valid @RequestBody SignRequest request) {
        access.requireOfficerOf(request.fundingHolder());
        LocalDate effective = orToday(request.effectiveDate());
        return idempotent.execute(request.id().toString(), request, () -> {
            commands.sendAndWait(new FundContract(request.programmeId(), request.id(), request.fundingHolder(),
                    request.organisationId(), request.county(), request.year(), request.amount(), request.rating(), effective));
            commands.sendAndWait(new SignContract(request.id(), request.programmeId(), request.fundingHolder(),
                    request.organisationId(), request.community(), request.county(), request.year(), request.amount(),
                    request.budget(), request.rating(), request.usagePlan(), request.startDate(), request.endDate(), effective));
            return ResponseEntity.created(URI.create("/api/contracts/" + request.id().value()))
                    .body(new Done(request.id().value(), "SIGNED"));
        });
    }

    @PostMapping("/{contractId}/milestones")
    @Operation(summary = "Record a mid-term evaluation or the final acceptance, passed or failed, with its report")
    ResponseEntity<Object> milestone(@PathVariable ContractId contractId, @Valid @RequestBody MilestoneRequest request) {
        officerOf(contractId);
        return write("milestone:" + contractId.value() + ":" + request.milestone(), List.of(contractId, request), () ->
                new RecordMilestone(contractId, request.milestone(), request.passed(), request.reportReference(),
                        orToday(request.effectiveDate())), contractId.value(), request.passed() ? "PASSED" : "FAILED");
    }

    @PostMapping("/{contractId}/tranches/{number}/proposal")
    @Operation(summary = "Propose paying a tranche whose condition holds (finance officer of the funding holder)")
    ResponseEntity<Object> propose(@PathVariable ContractId contractId, @PathVariable int number, @RequestBody(required = false) Dated request) {
        officerOf(contractId);
        return write("tranche-proposal:" + contractId.value() + ":" + number, List.of(contractId, number), () ->
                new ProposeTranchePayment(contractId, number, orToday(request == null ? null : request.effectiveDate())),
                contractId.value() + "/" + number, "PROPOSED");
    }

    @PostMapping("/{contractId}/tranches/{number}/approval")
    @Operation(summary = "Approve a proposed tranche payment (an approver, not the proposer): the tranche is paid")
    ResponseEntity<Object> approve(@PathVariable ContractId contractId, @PathVariable int number, @RequestBody(required = false) Dated request) {
        contracts.requireApproverOf(contractId);
        return write("tranche-approval:" + contractId.value() + ":" + number, List.of(contractId, number), () ->
                new ApproveTranchePayment(contractId, number, orToday(request == null ? null : request.effectiveDate())),
                contractId.value() + "/" + number, "PAID");
    }

    @PostMapping("/{contractId}/tranches/{number}/rejection")
    @Operation(summary = "Reject a proposed tranche payment with a reason; it may be proposed again")
    ResponseEntity<Object> rejectTranche(@PathVariable ContractId contractId, @PathVariable int number, @Valid @RequestBody Reason request) {
        contracts.requireApproverOf(contractId);
        return write("tranche-rejection:" + contractId.value() + ":" + number + ":" + request.reason().hashCode(), List.of(contractId, number, request), () ->
                new RejectTranchePayment(contractId, number, request.reason()), contractId.value() + "/" + number, "REJECTED");
    }

    @PostMapping("/{contractId}/expenditures")
    @Operation(summary = "Report an expenditure against a budget category with evidence (the contractor, or an officer)")
    ResponseEntity<Object> report(@PathVariable ContractId contractId, @Valid @RequestBody ExpenditureRequest request) {
        return expenditures.report(contractId, new ExpenditureReporting.Expenditure(request.id(), request.category(),
                        request.amount(), request.description(), request.effectiveDate()), List.of(contractId, request),
                request::evidenceReference);
    }

    @PostMapping("/{contractId}/expenditures/{expenditureId}/acceptance")
    @Operation(summary = "Accept a reported expenditure as properly used")
    ResponseEntity<Object> accept(@PathVariable ContractId contractId, @PathVariable ExpenditureId expenditureId,
                                  @RequestBody(required = false) Dated request) {
        officerOf(contractId);
        return write("expenditure-review:" + contractId.value() + ":" + expenditureId.value(), List.of(contractId, expenditureId, "accept"), () ->
                new AcceptExpenditure(contractId, expenditureId, orToday(request == null ? null : request.effectiveDate())),
                expenditureId.value(), "ACCEPTED");
    }

    @PostMapping("/{contractId}/expenditures/{expenditureId}/rejection")
    @Operation(summary = "Reject a reported expenditure as improperly used; its money may then be clawed back")
    ResponseEntity<Object> rejectExpenditure(@PathVariable ContractId contractId, @PathVariable ExpenditureId expenditureId,
                                             @Valid @RequestBody Reason request) {
        officerOf(contractId);
        return write("expenditure-review:" + contractId.value() + ":" + expenditureId.value(), List.of(contractId, expenditureId, "reject", request), () ->
                new RejectExpenditure(contractId, expenditureId, request.reason()), expenditureId.value(), "REJECTED");
    }

    @PostMapping("/{contractId}/clawbacks")
    @Operation(summary = "Demand repayment of money disbursed but unused or improperly used (at most what the contractor holds)")
    ResponseEntity<Object> clawback(@PathVariable ContractId contractId, @Valid @RequestBody ClawbackRequest request) {
        officerOf(contractId);
        return write("clawback:" + contractId.value() + ":" + request.id().value(), List.of(contractId, request), () ->
                new DemandClawback(contractId, request.id(), request.amount(), request.reason(), request.dueDate(),
                        orToday(request.effectiveDate())), request.id().value(), "DEMANDED");
    }

    @PostMapping("/{contractId}/clawbacks/{clawbackId}/repayments")
    @Operation(summary = "Record a repayment on a clawback (the id names this repayment, for safe retries)")
    ResponseEntity<Object> repay(@PathVariable ContractId contractId, @PathVariable ClawbackId clawbackId,
                                 @Valid @RequestBody RepaymentRequest request) {
        contracts.requireContractorOrOfficer(contractId);
        return write("clawback-repayment:" + contractId.value() + ":" + clawbackId.value() + ":" + request.id(), List.of(contractId, clawbackId, request), () ->
                new RecordClawbackRepayment(contractId, clawbackId, request.amount(), orToday(request.effectiveDate())),
                clawbackId.value(), "REPAID");
    }

    @PostMapping("/{contractId}/fraud-findings")
    @Operation(summary = "Record a fraud finding: everything held is clawed back, the contract ends, the organisation is barred")
    ResponseEntity<Object> fraud(@PathVariable ContractId contractId, @Valid @RequestBody FraudRequest request) {
        officerOf(contractId);
        return write("fraud:" + contractId.value(), List.of(contractId, request), () ->
                new RecordFraudFinding(contractId, request.finding(), request.publish(), orToday(request.effectiveDate())),
                contractId.value(), "FRAUD_RECORDED");
    }

    @PostMapping("/{contractId}/termination")
    @Operation(summary = "Terminate a contract: no further tranche; the unpaid earmark goes back to the funding holder")
    ResponseEntity<Object> terminate(@PathVariable ContractId contractId, @Valid @RequestBody Reason request) {
        officerOf(contractId);
        return write("termination:" + contractId.value(), List.of(contractId, request), () ->
                new TerminateContract(contractId, request.reason(), orToday(request.effectiveDate())), contractId.value(), "TERMINATED");
    }

    @PostMapping("/{contractId}/surplus-returns")
    @Operation(summary = "The contractor sends back disbursed money it did not spend")
    ResponseEntity<Object> surplus(@PathVariable ContractId contractId, @Valid @RequestBody SurplusRequest request) {
        contracts.requireContractorOrOfficer(contractId);
        return write("surplus:" + contractId.value() + ":" + request.id(), List.of(contractId, request), () ->
                new ReturnSurplus(contractId, request.amount(), orToday(request.effectiveDate())), request.id(), "RETURNED");
    }

    @PostMapping("/{contractId}/closure")
    @Operation(summary = "Close a contract whose final acceptance passed and whose every disbursed yuan is accounted for")
    ResponseEntity<Object> close(@PathVariable ContractId contractId, @RequestBody(required = false) Dated request) {
        officerOf(contractId);
        return write("closure:" + contractId.value(), List.of(contractId), () ->
                new CloseContract(contractId, orToday(request == null ? null : request.effectiveDate())), contractId.value(), "CLOSED");
    }

    private ResponseEntity<Object> write(String key, Object fingerprint, Supplier<Object> command, String id, String status) {
        return idempotent.execute(key, fingerprint, () -> {
            commands.sendAndWait(command.get());
            return ResponseEntity.ok(new Done(id, status));
        });
    }

    private void officerOf(ContractId contractId) {
        contracts.requireOfficerOf(contractId);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
