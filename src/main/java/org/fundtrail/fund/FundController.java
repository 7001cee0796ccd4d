package org.fundtrail.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.fund.api.DesignateDemonstrationPoint;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.OpenFund;
import org.fundtrail.fund.api.RestrictedPurpose;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/funds")
@Tag(name = "Community funds", description = "Open funds, read their pools and fundraising progress")
class FundController {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final FundQueries queries;
    private final FundAccess fundAccess;
    private final Access access;
    private final Clock clock;
    private final ProgrammePolicies policies;
    private final FundRecords records;

    FundController(CommandGateway commands, IdempotentWrites idempotent, FundQueries queries, FundAccess fundAccess,
                   Access access, Clock clock, ProgrammePolicies policies, FundRecords records) {
        this.records = records;
        this.policies = policies;
        this.commands = commands;
        this.idempotent = idempotent;
        this.queries = queries;
        this.fundAccess = fundAccess;
        this.access = access;
        this.clock = clock;
    }

    record OpenFundRequest(@NotNull FundId id, @NotNull CharityId charityId, @NotBlank String name,
                           @NotBlank String community, List<@Valid RestrictedPurpose> purposes,
                           @NotNull Money yearlyTarget, LocalDate effectiveDate) {
    }

    record FundOpenedResponse(String id, String charityId, String name) {
    }

    @PostMapping
    @Operation(summary = "Open a community fund under a host charity (the client chooses the id; retrying is safe)")
    ResponseEntity<Object> open(@Valid @RequestBody OpenFundRequest request) {
        access.requireWriteFor(request.charityId());
        LocalDate effective = request.effectiveDate() == null ? LocalDate.now(clock) : request.effectiveDate();
        return idempotent.execute(request.id().toString(), request, () -> {
            commands.sendAndWait(new OpenFund(request.id(), request.charityId(), request.name(), request.community(),
                    request.purposes() == null ? List.of() : request.purposes(), request.yearlyTarget(), effective));
            return ResponseEntity.created(URI.create("/api/funds/" + request.id().value()))
                    .body(new FundOpenedResponse(request.id().value(), request.charityId().value(), request.name()));
        });
    }

    @GetMapping
    @Operation(summary = "Funds the caller may see (charity staff: their charity's)")
    List<FundQueries.FundSummary> list() {
        return records.funds();
    }

    record DesignationRequest(@NotBlank String policyId, int rank, LocalDate effectiveDate) {
    }

    @PostMapping("/{fundId}/demonstration-points")
    @Operation(summary = "Designate the fund's community as a ranked demonstration point of a policy with fundraising floors")
    ResponseEntity<Object> designate(@PathVariable FundId fundId, @Valid @RequestBody DesignationRequest request) {
        fundAccess.requireWrite(fundId);
        return idempotent.execute("demonstration-point:" + fundId.value() + ":" + request.policyId(), List.of(fundId, request), () -> {
            commands.sendAndWait(new DesignateDemonstrationPoint(fundId, request.policyId(), request.rank(),
                    request.effectiveDate() == null ? LocalDate.now(clock) : request.effectiveDate()));
            return ResponseEntity.ok(new FundOpenedResponse(fundId.value(), null, "demonstration point " + request.rank()
                    + " of " + request.policyId()));
        });
    }

    @GetMapping("/fundraising-floors")
    @Operation(summary = "Demonstration points of a policy (e.g. tianjin-2024) against their yearly fundraising floors")
    List<FundQueries.FloorLine> floors(@RequestParam String policyId, @RequestParam(required = false) Integer year) {
        var policy = policies.find(policyId).orElseThrow(() -> new ProblemHandler.NotFound("no programme policy " + policyId));
        return queries.fundraisingFloors(policy, year == null ? LocalDate.now(clock).getYear() : year, access.readScope());
    }

    @GetMapping("/{fundId}")
    @Operation(summary = "A fund with the balance of each pool (read model; may lag the ledger by a moment)")
    FundQueries.FundSummary get(@PathVariable FundId fundId) {
        return records.fund(fundId);
    }

    @GetMapping("/{fundId}/progress")
    @Operation(summary = "Fundraising in a year against the yearly target; in-kind counted at converted value")
    FundQueries.Progress progress(@PathVariable FundId fundId, @RequestParam(required = false) Integer year) {
        return records.progress(fundId, year);
    }
}
