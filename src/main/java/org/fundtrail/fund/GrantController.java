package org.fundtrail.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.fund.api.AwardGrant;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GrantId;
import org.fundtrail.fund.api.PayGrant;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.money.Money;
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

@RestController
@RequestMapping("/api/funds/{fundId}/grants")
@Tag(name = "Fund grants", description = "Award grants from a pool to an organisation's project, and pay them")
class GrantController {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final FundAccess fundAccess;
    private final FundQueries queries;
    private final Clock clock;

    GrantController(CommandGateway commands, IdempotentWrites idempotent, FundAccess fundAccess, FundQueries queries,
                    Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.fundAccess = fundAccess;
        this.queries = queries;
        this.clock = clock;
    }

    record AwardRequest(@NotNull GrantId id, @NotBlank String granteeCreditCode, @NotBlank @Size(max = 200) String granteeName,
                        @NotBlank @Size(max = 300) String project, Pool pool, @NotNull Money amount,
                        LocalDate effectiveDate) {
    }

    record PaymentRequest(@Positive int paymentNumber, @NotNull Money amount, LocalDate effectiveDate) {
    }

    record GrantResult(String id, String status, Money amount) {
    }

    @PostMapping
    @Operation(summary = "Award a grant from one pool (default unrestricted); never more than the pool holds")
    ResponseEntity<Object> award(@PathVariable FundId fundId, @Valid @RequestBody AwardRequest request) {
        fundAccess.requireWrite(fundId);
        return idempotent.execute(request.id().toString(), List.of(fundId, request), () -> {
            commands.sendAndWait(new AwardGrant(request.id(), fundId, request.granteeCreditCode(), request.granteeName(),
                    request.project(), request.pool(), request.amount(), orToday(request.effectiveDate())));
            return ResponseEntity.created(URI.create("/api/funds/" + fundId.value() + "/grants/" + request.id().value()))
                    .body(new GrantResult(request.id().value(), "AWARDED", request.amount()));
        });
    }

    @PostMapping("/{grantId}/payments")
    @Operation(summary = "Pay (part of) an awarded grant; never more than remains unpaid")
    ResponseEntity<Object> pay(@PathVariable FundId fundId, @PathVariable GrantId grantId,
                               @Valid @RequestBody PaymentRequest request) {
        fundAccess.requireWrite(fundId);
        return idempotent.execute("grant-payment:" + grantId.value() + ":" + request.paymentNumber(),
                List.of(fundId, grantId, request), () -> {
                    commands.sendAndWait(new PayGrant(grantId, fundId, request.paymentNumber(), request.amount(),
                            orToday(request.effectiveDate())));
                    return ResponseEntity.ok(new GrantResult(grantId.value(), "PAID", request.amount()));
                });
    }

    @GetMapping
    List<FundQueries.GrantView> list(@PathVariable FundId fundId) {
        fundAccess.requireRead(fundId);
        return queries.grants(fundId);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
