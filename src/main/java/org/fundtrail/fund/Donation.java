package org.fundtrail.fund;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.PaymentChannel;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.fund.api.RecordDonation;
import org.fundtrail.fund.api.ReverseDonation;
import org.fundtrail.money.Money;

import java.time.Clock;
import java.time.LocalDate;

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
import static org.fundtrail.fund.api.FundErrorCode.EXCEEDS_POOL_BALANCE;
import static org.fundtrail.fund.api.FundErrorCode.REASON_REQUIRED;

/**
 * One cash donation. Its own small aggregate (id chosen by the client): recording it locks nothing shared, and a
 * retried request finds the stream already there instead of counting the gift twice.
 */
@Aggregate
class Donation {

    @AggregateIdentifier
    private DonationId donationId;
    private FundId fundId;
    private ReceiptNumber receiptNumber;
    private PaymentChannel channel;
    private Money amount;
    private Pool pool;
    private LocalDate effectiveDate;
    private boolean reversed;

    Donation() {
    }

    @CommandHandler
    Donation(RecordDonation command, FundDirectory funds, ReceiptBook receipts, Clock clock) {
        FundDirectory.FundFacts fund = existingFund(funds, command.fundId());
        positive(command.amount(), "amount");
        knownPurpose(fund, command.purpose(), "purpose");
        if (command.anonymous() && command.nameMayBePublished()) {
            throw violation(ANONYMOUS_NAME_CANNOT_BE_PUBLISHED, "nameMayBePublished",
                    "an anonymous donor's name is never published; consent to publish contradicts anonymity");
        }
        notInFuture(command.effectiveDate(), clock);
        notBeforeOpening(fund, command.effectiveDate());
        ReceiptNumber receipt = receipts.next(fund.charityId(), LocalDate.now(clock).getYear());
        apply(new DonationRecorded(command.donationId(), command.fundId(), fund.charityId(), receipt, command.donorId(),
                command.donorKind(), command.anonymous(), command.nameMayBePublished(), command.channel(),
                command.amount(), command.purpose(), command.effectiveDate()));
    }

    /**
     * A reversal takes the gift back out of its pool, so it may not overdraw the pool: money already granted
     * onward cannot be un-donated (the grant must be dealt with first).
     */
    @CommandHandler
    void handle(ReverseDonation command, FundPools pools, Clock clock) {
        FundRules.sameFund(fundId, command.fundId(), "donation " + donationId.value());
        if (reversed) {
            throw violation(ALREADY_REVERSED, "donationId", "donation " + donationId.value() + " is already reversed");
        }
        required(command.reason(), REASON_REQUIRED, "reason");
        notInFuture(command.effectiveDate(), clock);
        FundRules.notBefore(command.effectiveDate(), effectiveDate, "the donation was made");
        Money held = pools.lockForOutflow(fundId, pool);
        if (amount.isGreaterThan(held)) {
            throw violation(EXCEEDS_POOL_BALANCE, "donationId", "reversing " + amount + " would overdraw pool " + pool
                    + " of fund " + fundId.value() + ", which holds " + held);
        }
        apply(new DonationReversed(donationId, fundId, receiptNumber, channel, amount, pool, command.reason().strip(),
                command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(DonationRecorded event) {
        donationId = event.donationId();
        fundId = event.fundId();
        receiptNumber = event.receiptNumber();
        channel = event.channel();
        amount = event.amount();
        pool = event.pool();
        effectiveDate = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(DonationReversed event) {
        reversed = true;
    }
}
