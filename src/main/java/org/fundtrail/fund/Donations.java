package org.fundtrail.fund;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.fundtrail.fund.api.RecordDonation;
import org.fundtrail.fund.api.RecordInKindDonation;
import org.fundtrail.fund.api.ReverseDonation;
import org.fundtrail.fund.api.ReverseInKindDonation;
import org.fundtrail.fund.api.ValuationBasis;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.money.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Recording, reversing and disposing of donations, for the API and the staff pages alike: the access check, the
 * donor's registration (personal data kept out of the events), the default business date, and the idempotent write
 * that makes a retried request (or a resubmitted form) record once.
 */
@Service
public class Donations {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final IdempotentWrites idempotent;
    private final FundAccess fundAccess;
    private final Donors donors;
    private final ObjectMapper json;
    private final Clock clock;

    Donations(CommandGateway commands, EventStore eventStore, IdempotentWrites idempotent, FundAccess fundAccess,
              Donors donors, ObjectMapper json, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.idempotent = idempotent;
        this.fundAccess = fundAccess;
        this.donors = donors;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param consentToPublishName the donor agreed that their name may appear on public pages (never for anonymous donors)
     */
    public record Donor(@NotNull DonorKind kind, @Size(max = 200) String name, @Size(max = 200) String contact,
                        boolean anonymous, boolean consentToPublishName) {
    }

    public record CashDonationRequest(@NotNull DonationId id, @NotNull @Valid Donor donor, @NotNull PaymentChannel channel,
                                      @NotNull Money amount, PurposeCode purpose, LocalDate effectiveDate) {
    }

    public record ItemRequest(@NotBlank @Size(max = 200) String description, @NotNull BigDecimal quantity,
                              @NotBlank @Size(max = 20) String unit, @NotNull Money unitValue) {
    }

    public record InKindDonationRequest(@NotNull DonationId id, @NotNull @Valid Donor donor,
                                        @NotEmpty List<@Valid ItemRequest> items, @NotNull ValuationBasis valuationBasis,
                                        @NotBlank @Size(max = 500) String evidenceReference, PurposeCode purpose,
                                        LocalDate effectiveDate) {
    }

    public record ReversalRequest(@NotBlank @Size(max = 500) String reason, LocalDate effectiveDate) {
    }

    public record DisposalRequest(@NotNull DisposalId id, @Positive int line, @NotNull BigDecimal quantity,
                                  @NotNull Disposal disposal, Money proceeds, @NotBlank @Size(max = 200) String recipient,
                                  LocalDate effectiveDate) {
    }

    public record DonationReceipt(String id, String fundId, String receiptNumber, Money amount, String pool,
                                  LocalDate effectiveDate) {
    }

    public record Done(String id, String status) {
    }

    public Recorded<DonationReceipt> recordCash(FundId fundId, CashDonationRequest request) {
        fundAccess.requireWrite(fundId);
        LocalDate effective = orToday(request.effectiveDate());
        return write(request.id().toString(), List.of(fundId, request), DonationReceipt.class, () -> {
            DonorId donor = register(request.donor());
            commands.sendAndWait(new RecordDonation(request.id(), fundId, donor, request.donor().kind(),
                    request.donor().anonymous(), request.donor().consentToPublishName(), request.channel(),
                    request.amount(), request.purpose(), effective));
            DonationRecorded recorded = firstEvent(request.id(), DonationRecorded.class);
            return created(fundId, recorded.donationId(), new DonationReceipt(recorded.donationId().value(), fundId.value(),
                    recorded.receiptNumber().value(), recorded.amount(), recorded.pool().key(), recorded.effectiveDate()));
        });
    }

    /** Goods whose evidence was stored before (the API names it by reference). */
    public Recorded<DonationReceipt> recordInKind(FundId fundId, InKindDonationRequest request) {
        return recordInKind(fundId, request, request::evidenceReference);
    }

    /**
     * Goods with evidence stored as part of the write ({@code storeEvidence} answers its reference): a refused
     * donation rolls the stored file back with it, and a resubmitted form stores nothing again.
     * {@code request.evidenceReference()} is ignored.
     */
    public Recorded<DonationReceipt> recordInKind(FundId fundId, InKindDonationRequest request, Supplier<String> storeEvidence) {
        fundAccess.requireWrite(fundId);
        LocalDate effective = orToday(request.effectiveDate());
        return write(request.id().toString(), List.of(fundId, request), DonationReceipt.class, () -> {
            String evidence = storeEvidence.get();
            DonorId donor = register(request.donor());
            List<RecordInKindDonation.Line> lines = request.items().stream()
                    .map(i -> new RecordInKindDonation.Line(i.description(), i.quantity(), i.unit(), i.unitValue()))
                    .toList();
            commands.sendAndWait(new RecordInKindDonation(request.id(), fundId, donor, request.donor().kind(),
                    request.donor().anonymous(), request.donor().consentToPublishName(), lines,
                    request.valuationBasis(), evidence, request.purpose(), effective));
            InKindDonationRecorded recorded = firstEvent(request.id(), InKindDonationRecorded.class);
            return created(fundId, recorded.donationId(), new DonationReceipt(recorded.donationId().value(), fundId.value(),
                    recorded.receiptNumber().value(), recorded.value(), recorded.pool().key(), recorded.effectiveDate()));
        });
    }

    /** The API's reversal: one per donation, so a retried request is answered again. */
    public Recorded<Done> reverseCash(FundId fundId, DonationId donationId, ReversalRequest request) {
        return reverseCash(fundId, donationId, request, reversalKey(donationId));
    }

    /** A reversal under the key its form was given: a resubmitted form is answered again, a new form asks the ledger. */
    public Recorded<Done> reverseCash(FundId fundId, DonationId donationId, ReversalRequest request, String requestKey) {
        fundAccess.requireWrite(fundId);
        return write(requestKey, List.of(fundId, donationId, request), Done.class, () -> {
            commands.sendAndWait(new ReverseDonation(donationId, fundId, request.reason(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(new Done(donationId.value(), "REVERSED"));
        });
    }

    public Recorded<Done> reverseInKind(FundId fundId, DonationId donationId, ReversalRequest request) {
        return reverseInKind(fundId, donationId, request, reversalKey(donationId));
    }

    public Recorded<Done> reverseInKind(FundId fundId, DonationId donationId, ReversalRequest request, String requestKey) {
        fundAccess.requireWrite(fundId);
        return write(requestKey, List.of(fundId, donationId, request), Done.class, () -> {
            commands.sendAndWait(new ReverseInKindDonation(donationId, fundId, request.reason(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(new Done(donationId.value(), "REVERSED"));
        });
    }

    public Recorded<Done> dispose(FundId fundId, DonationId donationId, DisposalRequest request) {
        fundAccess.requireWrite(fundId);
        return write(request.id().toString(), List.of(fundId, donationId, request), Done.class, () -> {
            commands.sendAndWait(new DisposeOfGoods(donationId, fundId, request.id(), request.line(), request.quantity(),
                    request.disposal(), request.proceeds(), request.recipient(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(new Done(request.id().value(), request.disposal().name()));
        });
    }

    public static String reversalKey(DonationId donationId) {
        return "reversal:" + donationId.value();
    }

    private DonorId register(Donor donor) {
        return donors.register(donor.kind(), donor.name(), donor.contact());
    }

    /** A replayed answer comes back as JSON; the first one as the object itself: either reads as {@code type}. */
    private <T> Recorded<T> write(String key, Object request, Class<T> type, Supplier<ResponseEntity<?>> write) {
        ResponseEntity<Object> answer = idempotent.execute(key, request, write);
        return new Recorded<>(json.convertValue(answer.getBody(), type), answer);
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
