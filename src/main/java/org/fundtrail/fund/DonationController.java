package org.fundtrail.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fundtrail.fund.api.Disposal;
import org.fundtrail.fund.api.DisposalId;
import org.fundtrail.fund.api.DisposeOfGoods;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorKind;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.PaymentChannel;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.fund.api.RecordDonation;
import org.fundtrail.fund.api.RecordInKindDonation;
import org.fundtrail.fund.api.ReverseDonation;
import org.fundtrail.fund.api.ReverseInKindDonation;
import org.fundtrail.fund.api.ValuationBasis;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.money.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/funds/{fundId}")
@Tag(name = "Donations", description = "Cash and in-kind donations, their reversal, and disposal of donated goods")
class DonationController {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final IdempotentWrites idempotent;
    private final FundAccess fundAccess;
    private final Donors donors;
    private final FundQueries queries;
    private final Clock clock;

    DonationController(CommandGateway commands, EventStore eventStore, IdempotentWrites idempotent,
                       FundAccess fundAccess, Donors donors, FundQueries queries, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.idempotent = idempotent;
        this.fundAccess = fundAccess;
        this.donors = donors;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * @param consentToPublishName the donor agreed that their name may appear on public pages (never for anonymous donors)
     */
    record Donor(@NotNull DonorKind kind, @Size(max = 200) String name, @Size(max = 200) String contact,
                 boolean anonymous, boolean consentToPublishName) {
    }

    record CashDonationRequest(@NotNull DonationId id, @NotNull @Valid Donor donor, @NotNull PaymentChannel channel,
                               @NotNull Money amount, PurposeCode purpose, LocalDate effectiveDate) {
    }

    record ItemRequest(@NotBlank @Size(max = 200) String description, @NotNull BigDecimal quantity,
                       @NotBlank @Size(max = 20) String unit, @NotNull Money unitValue) {
    }

    record InKindDonationRequest(@NotNull DonationId id, @NotNull @Valid Donor donor,
                                 @NotEmpty List<@Valid ItemRequest> items, @NotNull ValuationBasis valuationBasis,
                                 @NotBlank @Size(max = 500) String evidenceReference, PurposeCode purpose,
                                 LocalDate effectiveDate) {
    }

    record ReversalRequest(@NotBlank @Size(max = 500) String reason, LocalDate effectiveDate) {
    }

    record DisposalRequest(@NotNull DisposalId id, @Positive int line, @NotNull BigDecimal quantity,
                           @NotNull Disposal disposal, Money proceeds, @NotBlank @Size(max = 200) String recipient,
                           LocalDate effectiveDate) {
    }

    record DonationReceipt(String id, String fundId, String receiptNumber, Money amount, String pool,
                           LocalDate effectiveDate) {
    }

    record Done(String id, String status) {
    }

    @PostMapping("/donations")
    @Operation(summary = "Record a cash donation; answers with the receipt number. Retrying with the same id is safe.")
    ResponseEntity<Object> recordCash(@PathVariable FundId fundId, @Valid @RequestBody CashDonationRequest request) {
        fundAccess.requireWrite(fundId);
        LocalDate effective = orToday(request.effectiveDate());
        return idempotent.execute(request.id().toString(), List.of(fundId, request), () -> {
            DonorId donor = donors.register(request.donor().kind(), request.donor().name(), request.donor().contact());
            commands.sendAndWait(new RecordDonation(request.id(), fundId, donor, request.donor().kind(),
                    request.donor().anonymous(), request.donor().consentToPublishName(), request.channel(),
                    request.amount(), request.purpose(), effective));
            DonationRecorded recorded = firstEvent(request.id(), DonationRecorded.class);
            return created(fundId, recorded.donationId(), new DonationReceipt(recorded.donationId().value(), fundId.value(),
                    recorded.receiptNumber().value(), recorded.amount(), recorded.pool().key(), recorded.effectiveDate()));
        });
    }

    @PostMapping("/in-kind-donations")
    @Operation(summary = "Record donated goods with their valuation basis and evidence; their value counts toward the target")
    ResponseEntity<Object> recordInKind(@PathVariable FundId fundId, @Valid @RequestBody InKindDonationRequest request) {
        fundAccess.requireWrite(fundId);
        LocalDate effective = orToday(request.effectiveDate());
        return idempotent.execute(request.id().toString(), List.of(fundId, request), () -> {
            DonorId donor = donors.register(request.donor().kind(), request.donor().name(), request.donor().contact());
            List<RecordInKindDonation.Line> lines = request.items().stream()
                    .map(i -> new RecordInKindDonation.Line(i.description(), i.quantity(), i.unit(), i.unitValue()))
                    .toList();
            commands.sendAndWait(new RecordInKindDonation(request.id(), fundId, donor, request.donor().kind(),
                    request.donor().anonymous(), request.donor().consentToPublishName(), lines,
                    request.valuationBasis(), request.evidenceReference(), request.purpose(), effective));
            InKindDonationRecorded recorded = firstEvent(request.id(), InKindDonationRecorded.class);
            return created(fundId, recorded.donationId(), new DonationReceipt(recorded.donationId().value(), fundId.value(),
                    recorded.receiptNumber().value(), recorded.value(), recorded.pool().key(), recorded.effectiveDate()));
        });
    }

    @PostMapping("/donations/{donationId}/reversal")
    @Operation(summary = "Reverse a cash donation with a reason: a correcting entry; the original stays in the ledger")
    ResponseEntity<Object> reverseCash(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                                       @Valid @RequestBody ReversalRequest request) {
        fundAccess.requireWrite(fundId);
        return idempotent.execute("reversal:" + donationId.value(), List.of(fundId, donationId, request), () -> {
            commands.sendAndWait(new ReverseDonation(donationId, fundId, request.reason(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(new Done(donationId.value(), "REVERSED"));
        });
    }

    @PostMapping("/in-kind-donations/{donationId}/reversal")
    @Operation(summary = "Reverse an in-kind donation whose goods are all still held")
    ResponseEntity<Object> reverseInKind(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                                         @Valid @RequestBody ReversalRequest request) {
        fundAccess.requireWrite(fundId);
        return idempotent.execute("reversal:" + donationId.value(), List.of(fundId, donationId, request), () -> {
            commands.sendAndWait(new ReverseInKindDonation(donationId, fundId, request.reason(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(new Done(donationId.value(), "REVERSED"));
        });
    }

    @PostMapping("/in-kind-donations/{donationId}/disposals")
    @Operation(summary = "Distribute donated goods to beneficiaries, or sell them (proceeds required)")
    ResponseEntity<Object> dispose(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                                   @Valid @RequestBody DisposalRequest request) {
        fundAccess.requireWrite(fundId);
        return idempotent.execute(request.id().toString(), List.of(fundId, donationId, request), () -> {
            commands.sendAndWait(new DisposeOfGoods(donationId, fundId, request.id(), request.line(), request.quantity(),
                    request.disposal(), request.proceeds(), request.recipient(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(new Done(request.id().value(), request.disposal().name()));
        });
    }

    @GetMapping("/donations")
    @Operation(summary = "Donations to a fund, newest first, with donor names (staff and auditors only)")
    List<FundQueries.DonationView> list(@PathVariable FundId fundId, @RequestParam(defaultValue = "100") int limit,
                                        @RequestParam(defaultValue = "0") int offset) {
        fundAccess.requireRead(fundId);
        return queries.donations(fundId, Math.min(Math.max(limit, 1), 1000), Math.max(offset, 0));
    }

    private <T> T firstEvent(DonationId id, Class<T> type) {
        return type.cast(eventStore.readEvents(id.toString()).next().getPayload());
    }

    private static ResponseEntity<?> created(FundId fundId, DonationId id, DonationReceipt receipt) {
        return ResponseEntity.created(URI.create("/api/funds/" + fundId.value() + "/donations/" + id.value())).body(receipt);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
