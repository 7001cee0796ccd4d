package org.fundtrail.fund;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.fund.api.AwardGrant;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GrantAwarded;
import org.fundtrail.fund.api.GrantId;
import org.fundtrail.fund.api.GrantPaid;
import org.fundtrail.fund.api.PayGrant;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CreditCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fundtrail.fund.FundRules.existingFund;
import static org.fundtrail.fund.FundRules.knownPurpose;
import static org.fundtrail.fund.FundRules.notBeforeOpening;
import static org.fundtrail.fund.FundRules.notInFuture;
import static org.fundtrail.fund.FundRules.positive;
import static org.fundtrail.fund.FundRules.required;
import static org.fundtrail.fund.FundRules.violation;
import static org.fundtrail.fund.api.FundErrorCode.EXCEEDS_AWARDED_AMOUNT;
import static org.fundtrail.fund.api.FundErrorCode.EXCEEDS_POOL_BALANCE;
import static org.fundtrail.fund.api.FundErrorCode.INVALID_CREDIT_CODE;
import static org.fundtrail.fund.api.FundErrorCode.NAME_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.PAYMENT_ALREADY_RECORDED;
import static org.fundtrail.fund.api.FundErrorCode.PAYMENT_NUMBER_INVALID;
import static org.fundtrail.fund.api.FundErrorCode.PROJECT_REQUIRED;

/**
 * A grant from one pool of a fund to an organisation's project. Awarding takes the money out of the pool (never
 * more than the pool holds); payments then hand it to the grantee, never more than was awarded.
 */
@Aggregate
class Grant {

    @AggregateIdentifier
    private GrantId grantId;
    private FundId fundId;
    private String granteeCreditCode;
    private Money awarded;
    private Money paid;
    private LocalDate awardedOn;
    private final Set<Integer> payments = new HashSet<>();

    Grant() {
    }

    @CommandHandler
    Grant(AwardGrant command, FundDirectory funds, FundPools pools, Clock clock) {
        FundDirectory.FundFacts fund = existingFund(funds, command.fundId());
        if (!CreditCode.isValid(command.granteeCreditCode())) {
            throw violation(INVALID_CREDIT_CODE, "granteeCreditCode",
                    "'" + command.granteeCreditCode() + "' is not a valid 统一社会信用代码");
        }
        required(command.granteeName(), NAME_REQUIRED, "granteeName");
        required(command.project(), PROJECT_REQUIRED, "project");
        Pool pool = command.pool() == null ? Pool.UNRESTRICTED : command.pool();
        knownPurpose(fund, pool.purpose(), "pool");
        positive(command.amount(), "amount");
        notInFuture(command.effectiveDate(), clock);
        notBeforeOpening(fund, command.effectiveDate());
        Money held = pools.lockForOutflow(command.fundId(), pool);
        if (command.amount().isGreaterThan(held)) {
            throw violation(EXCEEDS_POOL_BALANCE, "amount", "pool " + pool + " of fund " + command.fundId().value()
                    + " holds " + held + ", less than the " + command.amount() + " to award");
        }
        apply(new GrantAwarded(command.grantId(), command.fundId(), command.granteeCreditCode(),
                command.granteeName().strip(), command.project().strip(), pool, command.amount(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(PayGrant command, Clock clock) {
        FundRules.sameFund(fundId, command.fundId(), "grant " + grantId.value());
        if (payments.contains(command.paymentNumber())) {
            throw violation(PAYMENT_ALREADY_RECORDED, "paymentNumber",
                    "payment " + command.paymentNumber() + " of grant " + grantId.value() + " is already recorded");
        }
        if (command.paymentNumber() < 1) {
            throw violation(PAYMENT_NUMBER_INVALID, "paymentNumber", "payments are numbered from 1");
        }
        positive(command.amount(), "amount");
        notInFuture(command.effectiveDate(), clock);
        FundRules.notBefore(command.effectiveDate(), awardedOn, "the grant was awarded");
        Money unpaid = awarded.minus(paid);
        if (command.amount().isGreaterThan(unpaid)) {
            throw violation(EXCEEDS_AWARDED_AMOUNT, "amount", "grant " + grantId.value() + " has " + unpaid
                    + " left to pay of " + awarded + " awarded; cannot pay " + command.amount());
        }
        apply(new GrantPaid(grantId, fundId, granteeCreditCode, command.paymentNumber(), command.amount(),
                command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(GrantAwarded event) {
        grantId = event.grantId();
        fundId = event.fundId();
        granteeCreditCode = event.granteeCreditCode();
        awarded = event.amount();
        paid = Money.ZERO;
        awardedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(GrantPaid event) {
        payments.add(event.paymentNumber());
        paid = paid.plus(event.amount());
    }
}
