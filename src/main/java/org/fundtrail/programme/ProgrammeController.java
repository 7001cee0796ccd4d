package org.fundtrail.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.AppropriateFunds;
import org.fundtrail.programme.api.AppropriationId;
import org.fundtrail.programme.api.CreateProgramme;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.OpenReturn;
import org.fundtrail.programme.api.ProgrammeDirectory;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.RecordReturnHop;
import org.fundtrail.programme.api.ReturnId;
import org.fundtrail.programme.api.TreasuryId;
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
import java.util.Collection;
import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Programmes", description = "Public-fund programmes: appropriations, allocations down the channel (maker-checker), returns to the treasury")
class ProgrammeController {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final ProgrammeDirectory directory;
    private final ProgrammePolicies policies;
    private final ProgrammeQueries queries;
    private final Allocations allocations;
    private final ProgrammeScope scope;
    private final Access access;
    private final Clock clock;

    ProgrammeController(CommandGateway commands, IdempotentWrites idempotent, ProgrammeDirectory directory,
                        ProgrammePolicies policies, ProgrammeQueries queries, Allocations allocations, ProgrammeScope scope,
                        Access access, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.directory = directory;
        this.policies = policies;
        this.queries = queries;
        this.allocations = allocations;
        this.scope = scope;
        this.access = access;
        this.clock = clock;
    }

    record CreateProgrammeRequest(@NotNull ProgrammeId id, @NotBlank String policyId, @NotBlank String name,
                                  @NotNull TreasuryId treasuryId, @NotNull HolderId rootHolder,
                                  @NotBlank String rootHolderName, @Positive int fiscalYear, LocalDate effectiveDate) {
    }

    record AppropriationRequest(@NotNull AppropriationId id, @NotBlank String budgetLine, @Positive int fiscalYear,
                                @NotNull Money amount, LocalDate effectiveDate) {
    }

    record AllocationRequest(@NotNull AllocationId id, @NotNull HolderId fromHolder, @NotNull HolderId toHolder,
                             @NotBlank String toHolderName, @NotNull Money amount, LocalDate effectiveDate) {
    }

    record Reason(@NotBlank String reason) {
    }

    record ReturnRequest(@NotNull ReturnId id, @NotNull HolderId holder, @NotNull Money amount, @NotBlank String reason) {
    }

    record HopRequest(@Positive int hop, LocalDate effectiveDate) {
    }

    record Done(String id, String status) {
    }

    @GetMapping("/programme-policies")
    @Operation(summary = "The programme policies read from ledger/programmes/")
    Collection<ProgrammePolicy> policies() {
        return policies.all();
    }

    @PostMapping("/programmes")
    @Operation(summary = "Create a programme under a policy; its money enters at the root holder")
    ResponseEntity<Object> create(@Valid @RequestBody CreateProgrammeRequest request) {
        access.requireOfficerOf(request.rootHolder());
        return idempotent.execute(request.id().toString(), request, () -> {
            commands.sendAndWait(new CreateProgramme(request.id(), request.policyId(), request.name(), request.treasuryId(),
                    request.rootHolder(), request.rootHolderName(), request.fiscalYear(), orToday(request.effectiveDate())));
            return ResponseEntity.created(URI.create("/api/programmes/" + request.id().value()))
                    .body(new Done(request.id().value(), "CREATED"));
        });
    }

    @PostMapping("/programmes/{programmeId}/appropriations")
    @Operation(summary = "Appropriate money from the programme's treasury to its root holder")
    ResponseEntity<Object> appropriate(@PathVariable ProgrammeId programmeId, @Valid @RequestBody AppropriationRequest request) {
        access.requireOfficerOf(programme(programmeId).rootHolder());
        return idempotent.execute("appropriation:" + programmeId.value() + ":" + request.id().value(), List.of(programmeId, request), () -> {
            commands.sendAndWait(new AppropriateFunds(programmeId, request.id(), request.budgetLine(), request.fiscalYear(),
                    request.amount(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(new Done(request.id().value(), "APPROPRIATED"));
        });
    }

    @PostMapping("/programmes/{programmeId}/allocations")
    @Operation(summary = "Propose an allocation one hop down the channel (an officer of the paying holder)")
    ResponseEntity<Object> propose(@PathVariable ProgrammeId programmeId, @Valid @RequestBody AllocationRequest request) {
        return allocations.propose(programmeId, new Allocations.Proposal(request.id(), request.fromHolder(),
                request.toHolder(), request.toHolderName(), request.amount(), request.effectiveDate()));
    }

    @PostMapping("/programmes/{programmeId}/allocations/{allocationId}/approval")
    @Operation(summary = "Approve a proposed allocation (an approver of the paying holder, not the proposer): the money moves")
    ResponseEntity<Object> approve(@PathVariable ProgrammeId programmeId, @PathVariable AllocationId allocationId) {
        return allocations.approve(programmeId, allocationId);
    }

    @PostMapping("/programmes/{programmeId}/allocations/{allocationId}/rejection")
    @Operation(summary = "Reject a proposed allocation with a reason")
    ResponseEntity<Object> reject(@PathVariable ProgrammeId programmeId, @PathVariable AllocationId allocationId,
                                  @Valid @RequestBody Reason request) {
        return allocations.reject(programmeId, allocationId, request.reason());
    }

    @PostMapping("/programmes/{programmeId}/returns")
    @Operation(summary = "Open the return of a holder's unspent money to the treasury")
    ResponseEntity<Object> openReturn(@PathVariable ProgrammeId programmeId, @Valid @RequestBody ReturnRequest request) {
        programme(programmeId);
        access.requireOfficerOf(request.holder());
        return idempotent.execute("return:" + programmeId.value() + ":" + request.id().value(), List.of(programmeId, request), () -> {
            commands.sendAndWait(new OpenReturn(programmeId, request.id(), request.holder(), request.amount(), null, request.reason()));
            return ResponseEntity.status(201).body(new Done(request.id().value(), "OPENED"));
        });
    }

    @PostMapping("/programmes/{programmeId}/returns/{returnId}/hops")
    @Operation(summary = "Record that a return moved one hop up the channel (hop 1, 2, … ; the last reaches the treasury)")
    ResponseEntity<Object> hop(@PathVariable ProgrammeId programmeId, @PathVariable ReturnId returnId,
                               @Valid @RequestBody HopRequest request) {
        access.requireOfficerOf(queries.returnPosition(programmeId, returnId)
                .orElseThrow(() -> new ProblemHandler.NotFound("no open return " + returnId.value())));
        return idempotent.execute("return-hop:" + programmeId.value() + ":" + returnId.value() + ":" + request.hop(),
                List.of(programmeId, returnId, request), () -> {
                    commands.sendAndWait(new RecordReturnHop(programmeId, returnId, orToday(request.effectiveDate())));
                    return ResponseEntity.ok(new Done(returnId.value(), "HOP_" + request.hop()));
                });
    }

    @GetMapping("/programmes")
    @Operation(summary = "The programmes the caller may read: officers and approvers those their bureau holds money in, admins and auditors all")
    List<ProgrammeQueries.ProgrammeView> list() {
        return scope.visibleProgrammes();
    }

    @GetMapping("/programmes/{programmeId}")
    @Operation(summary = "A programme with its holders, pending allocations and open returns")
    ProgrammeQueries.ProgrammeDetail get(@PathVariable ProgrammeId programmeId) {
        return scope.readable(programmeId);
    }

    private ProgrammeDirectory.ProgrammeFacts programme(ProgrammeId id) {
        return directory.find(id).orElseThrow(() -> new ProblemHandler.NotFound("no programme " + id.value()));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
