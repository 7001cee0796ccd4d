package org.fundtrail.fund;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.fund.api.Disposal;
import org.fundtrail.fund.api.DisposalId;
import org.fundtrail.fund.api.DisposeOfGoods;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GoodsDistributed;
import org.fundtrail.fund.api.GoodsSold;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.fund.api.RecordInKindDonation;
import org.fundtrail.fund.api.ReverseInKindDonation;
import org.fundtrail.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fundtrail.fund.FundRules.existingFund;
import static org.fundtrail.fund.FundRules.knownPurpose;
import static org.fundtrail.fund.FundRules.notBeforeOpening;
import static org.fundtrail.fund.FundRules.notInFuture;
import static org.fundtrail.fund.FundRules.positive;
import static org.fundtrail.fund.FundRules.required;
import static org.fundtrail.fund.FundRules.violation;
import static org.fundtrail.fund.api.FundErrorCode.ALREADY_REVERSED;
import static org.fundtrail.fund.api.FundErrorCode.ANONYMOUS_NAME_CANNOT_BE_PUBLISHED;
import static org.fundtrail.fund.api.FundErrorCode.DISPOSAL_ALREADY_RECORDED;
import static org.fundtrail.fund.api.FundErrorCode.EVIDENCE_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.EXCEEDS_REMAINING_GOODS;
import static org.fundtrail.fund.api.FundErrorCode.GOODS_ALREADY_DISPOSED;
import static org.fundtrail.fund.api.FundErrorCode.NAME_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.NO_ITEMS;
import static org.fundtrail.fund.api.FundErrorCode.NO_SUCH_ITEM_LINE;
import static org.fundtrail.fund.api.FundErrorCode.PROCEEDS_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.QUANTITY_NOT_POSITIVE;
import static org.fundtrail.fund.api.FundErrorCode.REASON_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.RECIPIENT_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.VALUATION_BASIS_REQUIRED;

/**
 * Donated goods, valued on a stated basis with evidence, then distributed or sold line by line. Each line keeps its
 * remaining quantity and book value; the last disposal of a line takes whatever book value is left, so a line's
 * disposals always add up to its recorded value to the fen.
 */
@Aggregate
class InKindDonation {

    @AggregateIdentifier
    private DonationId donationId;
    private FundId fundId;
    private ReceiptNumber receiptNumber;
    private Money value;
    private Pool pool;
    private LocalDate donatedOn;
    private final Map<Integer, Remaining> remaining = new HashMap<>();
    private final Set<DisposalId> disposals = new HashSet<>();
    private boolean reversed;

    InKindDonation() {
    }

    @CommandHandler
    InKindDonation(RecordInKindDonation command, FundDirectory funds, ReceiptBook receipts, Clock clock) {
        FundDirectory.FundFacts fund = existingFund(funds, command.fundId());
        if (command.items() == null || command.items().isEmpty()) {
            throw violation(NO_ITEMS, "items", "an in-kind donation lists at least one item");
        }
        List<InKindItem> items = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < command.items().size(); i++) {
            RecordInKindDonation.Line line = command.items().get(i);
            String at = "items[" + i + "]";
            required(line.description(), NAME_REQUIRED, at + ".description");
            required(line.unit(), NAME_REQUIRED, at + ".unit");
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                throw violation(QUANTITY_NOT_POSITIVE, at + ".quantity", "quantity must be more than 0");
            }
            positive(line.unitValue(), at + ".unitValue");
            Money lineValue = line.unitValue().times(line.quantity());
            positive(lineValue, at + ".unitValue");
            items.add(new InKindItem(i + 1, line.description().strip(), line.quantity(), line.unit().strip(),
                    line.unitValue(), lineValue));
            total = total.plus(lineValue);
        }
        if (command.valuationBasis() == null) {
            throw violation(VALUATION_BASIS_REQUIRED, "valuationBasis",
                    "say how the goods were valued: INVOICE, AGREEMENT, MARKET_PRICE or APPRAISAL");
        }
        required(command.evidenceReference(), EVIDENCE_REQUIRED, "evidenceReference");
        knownPurpose(fund, command.purpose(), "purpose");
        if (command.anonymous() && command.nameMayBePublished()) {
            throw violation(ANONYMOUS_NAME_CANNOT_BE_PUBLISHED, "nameMayBePublished",
                    "an anonymous donor's name is never published; consent to publish contradicts anonymity");
        }
        notInFuture(command.effectiveDate(), clock);
        notBeforeOpening(fund, command.effectiveDate());
        ReceiptNumber receipt = receipts.next(fund.charityId(), LocalDate.now(clock).getYear());
        apply(new InKindDonationRecorded(command.donationId(), command.fundId(), fund.charityId(), receipt,
                command.donorId(), command.donorKind(), command.anonymous(), command.nameMayBePublished(),
                List.copyOf(items), command.valuationBasis(), command.evidenceReference().strip(), command.purpose(),
                total, command.effectiveDate()));
    }

    @CommandHandler
    void handle(DisposeOfGoods command, Clock clock) {
        FundRules.sameFund(fundId, command.fundId(), "donation " + donationId.value());
        if (reversed) {
            throw violation(ALREADY_REVERSED, "donationId", "donation " + donationId.value() + " was reversed");
        }
        if (disposals.contains(command.disposalId())) {
            throw violation(DISPOSAL_ALREADY_RECORDED, "disposalId", "disposal " + command.disposalId().value() + " is already recorded");
        }
        Remaining line = remaining.get(command.line());
        if (line == null) {
            throw violation(NO_SUCH_ITEM_LINE, "line", "donation " + donationId.value() + " has no item line " + command.line());
        }
        if (command.quantity() == null || command.quantity().signum() <= 0) {
            throw violation(QUANTITY_NOT_POSITIVE, "quantity", "quantity must be more than 0");
        }
        if (command.quantity().compareTo(line.quantity()) > 0) {
            throw violation(EXCEEDS_REMAINING_GOODS, "quantity", "line " + command.line() + " has "
                    + line.quantity().toPlainString() + " left, cannot dispose of " + command.quantity().toPlainString());
        }
        required(command.recipient(), RECIPIENT_REQUIRED, "recipient");
        notInFuture(command.effectiveDate(), clock);
        FundRules.notBefore(command.effectiveDate(), donatedOn, "the goods were donated");
        Money bookValue = line.bookValueOf(command.quantity());
        if (command.disposal() == Disposal.SOLD) {
            if (command.proceeds() == null || command.proceeds().isNegative()) {
                throw violation(PROCEEDS_REQUIRED, "proceeds", "a sale states its proceeds (0.00 or more)");
            }
            apply(new GoodsSold(donationId, command.disposalId(), fundId, command.line(), command.quantity(),
                    bookValue, command.proceeds(), pool, command.recipient().strip(), command.effectiveDate()));
        } else {
            apply(new GoodsDistributed(donationId, command.disposalId(), fundId, command.line(), command.quantity(),
                    bookValue, command.recipient().strip(), command.effectiveDate()));
        }
    }

    /** Goods can be un-donated only while none of them has left the fund. */
    @CommandHandler
    void handle(ReverseInKindDonation command, Clock clock) {
        FundRules.sameFund(fundId, command.fundId(), "donation " + donationId.value());
        if (reversed) {
            throw violation(ALREADY_REVERSED, "donationId", "donation " + donationId.value() + " is already reversed");
        }
        if (!disposals.isEmpty()) {
            throw violation(GOODS_ALREADY_DISPOSED, "donationId",
                    "goods of donation " + donationId.value() + " were already distributed or sold; it cannot be reversed");
        }
        required(command.reason(), REASON_REQUIRED, "reason");
        notInFuture(command.effectiveDate(), clock);
        FundRules.notBefore(command.effectiveDate(), donatedOn, "the goods were donated");
        apply(new InKindDonationReversed(donationId, fundId, receiptNumber, value, command.reason().strip(),
                command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(InKindDonationRecorded event) {
        donationId = event.donationId();
        fundId = event.fundId();
        receiptNumber = event.receiptNumber();
        value = event.value();
        pool = event.pool();
        donatedOn = event.effectiveDate();
        event.items().forEach(item -> remaining.put(item.line(), new Remaining(item.quantity(), item.value())));
    }

    @EventSourcingHandler
    void on(GoodsDistributed event) {
        disposals.add(event.disposalId());
        remaining.computeIfPresent(event.line(), (line, left) -> left.less(event.quantity(), event.bookValue()));
    }

    @EventSourcingHandler
    void on(GoodsSold event) {
        disposals.add(event.disposalId());
        remaining.computeIfPresent(event.line(), (line, left) -> left.less(event.quantity(), event.bookValue()));
    }

    @EventSourcingHandler
    void on(InKindDonationReversed event) {
        reversed = true;
    }

    /** What is left of one item line, and what the line was when donated. */
    record Remaining(BigDecimal quantity, Money bookValue, BigDecimal donatedQuantity, Money donatedValue) {

        Remaining(BigDecimal quantity, Money bookValue) {
            this(quantity, bookValue, quantity, bookValue);
        }

        /**
         * The share of the line's donated value, half-up to the fen (四舍五入), so equal disposals are valued equally;
         * never more than is left; the whole remainder when the rest of the line goes.
         */
        Money bookValueOf(BigDecimal disposed) {
            if (disposed.compareTo(quantity) == 0) {
                return bookValue;
            }
            long share = BigDecimal.valueOf(donatedValue.fen()).multiply(disposed)
                    .divide(donatedQuantity, 0, RoundingMode.HALF_UP).longValueExact();
            return Money.ofFen(Math.min(share, bookValue.fen()));
        }

        Remaining less(BigDecimal disposed, Money value) {
            return new Remaining(quantity.subtract(disposed), bookValue.minus(value), donatedQuantity, donatedValue);
        }
    }
}
