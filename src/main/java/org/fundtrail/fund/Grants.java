package org.fundtrail.fund;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fundtrail.fund.api.AwardGrant;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GrantId;
import org.fundtrail.fund.api.GrantPaid;
import org.fundtrail.fund.api.PayGrant;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.money.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Awarding fund grants and paying them, for the API and the staff pages alike. */
@Service
public class Grants {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final IdempotentWrites idempotent;
    private final FundAccess fundAccess;
    private final ObjectMapper json;
    private final Clock clock;

    Grants(CommandGateway commands, EventStore eventStore, IdempotentWrites idempotent, FundAccess fundAccess,
           ObjectMapper json, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.idempotent = idempotent;
        this.fundAccess = fundAccess;
        this.json = json;
        this.clock = clock;
    }

    public record AwardRequest(@NotNull GrantId id, @NotBlank String granteeCreditCode,
                               @NotBlank @Size(max = 200) String granteeName,
                               @NotBlank @Size(max = 300) String project, Pool pool, @NotNull Money amount,
                               LocalDate effectiveDate) {
    }

    public record PaymentRequest(@Positive int paymentNumber, @NotNull Money amount, LocalDate effectiveDate) {
    }

    public record GrantResult(String id, String status, Money amount) {
    }

    public Recorded<GrantResult> award(FundId fundId, AwardRequest request) {
        fundAccess.requireWrite(fundId);
        LocalDate effective = orToday(request.effectiveDate());
        return write(request.id().toString(), List.of(fundId, request), () -> {
            commands.sendAndWait(new AwardGrant(request.id(), fundId, request.granteeCreditCode(), request.granteeName(),
                    request.project(), request.pool(), request.amount(), effective));
            return ResponseEntity.created(URI.create("/api/funds/" + fundId.value() + "/grants/" + request.id().value()))
                    .body(new GrantResult(request.id().value(), "AWARDED", request.amount()));
        });
    }

    /** Payments are numbered by the payer; the number is what makes a retried payment pay once. */
    public Recorded<GrantResult> pay(FundId fundId, GrantId grantId, PaymentRequest request) {
        fundAccess.requireWrite(fundId);
        LocalDate effective = orToday(request.effectiveDate());
        return write("grant-payment:" + grantId.value() + ":" + request.paymentNumber(), List.of(fundId, grantId, request), () -> {
            commands.sendAndWait(new PayGrant(grantId, fundId, request.paymentNumber(), request.amount(), effective));
            return ResponseEntity.ok(new GrantResult(grantId.value(), "PAID", request.amount()));
        });
    }

    /** The number the next payment of a grant takes: one more than the payments in its event stream. */
    public int nextPaymentNumber(FundId fundId, GrantId grantId) {
        fundAccess.requireWrite(fundId);
        int[] highest = {0};
        eventStore.readEvents(grantId.toString()).asStream()
                .map(message -> message.getPayload())
                .filter(GrantPaid.class::isInstance)
                .map(GrantPaid.class::cast)
                .forEach(paid -> highest[0] = Math.max(highest[0], paid.paymentNumber()));
        return highest[0] + 1;
    }

    private Recorded<GrantResult> write(String key, Object request, java.util.function.Supplier<ResponseEntity<?>> write) {
        ResponseEntity<Object> answer = idempotent.execute(key, request, write);
        return new Recorded<>(json.convertValue(answer.getBody(), GrantResult.class), answer);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
