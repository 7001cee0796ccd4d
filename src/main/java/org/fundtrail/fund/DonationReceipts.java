package org.fundtrail.fund;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityDirectory;
import org.fundtrail.organisation.api.CharityId;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a donation receipt (捐赠票据) states, read from the donation's own events, so a receipt is right the moment
 * the donation is recorded and stays downloadable, marked void, after a reversal. The donor's name comes from the
 * donor table (never from an event), and never for an anonymous donor.
 */
@Service
public class DonationReceipts {

    private final EventStore eventStore;
    private final FundAccess fundAccess;
    private final Donors donors;
    private final CharityDirectory charities;
    private final FundQueries queries;

    DonationReceipts(EventStore eventStore, FundAccess fundAccess, Donors donors, CharityDirectory charities,
                     FundQueries queries) {
        this.eventStore = eventStore;
        this.fundAccess = fundAccess;
        this.donors = donors;
        this.charities = charities;
        this.queries = queries;
    }

    public enum Kind { CASH, IN_KIND }

    /**
     * @param donorName    null for an anonymous donor (the receipt says 匿名) or a donor whose name was erased
     * @param channel      how cash arrived (null for goods)
     * @param purposeName  the restricted purpose as people read it, null when unrestricted
     * @param voided       null unless the donation was reversed
     */
    public record ReceiptFacts(String receiptNumber, String donationId, Kind kind, boolean anonymous, String donorName,
                               String donorKind, Money amount, String channel, List<InKindItem> items,
                               String valuationBasis, String purposeName, LocalDate donatedOn, String fundName,
                               String charityName, String charityCreditCode, Voided voided) {
    }

    public record Voided(LocalDate on, String reason) {
    }

    public ReceiptFacts facts(FundId fundId, DonationId donationId) {
        fundAccess.requireRead(fundId);
        List<Object> events = eventStore.readEvents(donationId.toString()).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
        Voided voided = events.stream().map(DonationReceipts::voidedBy).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        Object first = events.isEmpty() ? null : events.get(0);
        if (first instanceof DonationRecorded cash && cash.fundId().equals(fundId)) {
            CharityDirectory.Charity charity = charity(cash.charityId());
            return new ReceiptFacts(cash.receiptNumber().value(), donationId.value(), Kind.CASH, cash.anonymous(),
                    donorName(cash.anonymous(), cash.donorId()), cash.donorKind().name(), cash.amount(),
                    cash.channel().name(), List.of(), null, purposeName(fundId, cash.purpose()), cash.effectiveDate(),
                    fundName(fundId), charity.name(), charity.creditCode(), voided);
        }
        if (first instanceof InKindDonationRecorded goods && goods.fundId().equals(fundId)) {
            CharityDirectory.Charity charity = charity(goods.charityId());
            return new ReceiptFacts(goods.receiptNumber().value(), donationId.value(), Kind.IN_KIND, goods.anonymous(),
                    donorName(goods.anonymous(), goods.donorId()), goods.donorKind().name(), goods.value(), null,
                    goods.items(), goods.valuationBasis().name(), purposeName(fundId, goods.purpose()),
                    goods.effectiveDate(), fundName(fundId), charity.name(), charity.creditCode(), voided);
        }
        throw new ProblemHandler.NotFound("fund " + fundId.value() + " has no donation " + donationId.value());
    }

    private static Voided voidedBy(Object event) {
        if (event instanceof DonationReversed reversed) {
            return new Voided(reversed.effectiveDate(), reversed.reason());
        }
        if (event instanceof InKindDonationReversed reversed) {
            return new Voided(reversed.effectiveDate(), reversed.reason());
        }
        return null;
    }

    private String donorName(boolean anonymous, DonorId donorId) {
        return anonymous ? null : donors.nameOf(donorId).orElse(null);
    }

    private String purposeName(FundId fundId, PurposeCode purpose) {
        if (purpose == null) {
            return null;
        }
        return queries.fund(fundId).stream().flatMap(f -> f.purposes().stream())
                .filter(p -> p.code().equals(purpose.value())).map(FundQueries.PurposeView::name)
                .findFirst().orElse(purpose.value());
    }

    private String fundName(FundId fundId) {
        return queries.fund(fundId).map(FundQueries.FundSummary::name).orElse(fundId.value());
    }

    private CharityDirectory.Charity charity(CharityId charityId) {
        return charities.find(charityId).orElseThrow(() -> new IllegalStateException("charity " + charityId.value()
                + " of a recorded donation is not in the directory"));
    }
}
