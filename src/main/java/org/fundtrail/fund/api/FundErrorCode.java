package org.fundtrail.fund.api;

import org.fundtrail.infra.RuleCode;

/** The rules of community funds, named after what a refused command broke. */
public enum FundErrorCode implements RuleCode {
    FUND_NOT_FOUND(404),
    FUND_ALREADY_OPEN(409),
    CHARITY_NOT_REGISTERED(422),
    NAME_REQUIRED(422),
    TARGET_NEGATIVE(422),
    DUPLICATE_PURPOSE(422),
    AMOUNT_NOT_POSITIVE(422),
    UNKNOWN_PURPOSE(422),
    EFFECTIVE_DATE_IN_FUTURE(422),
    EFFECTIVE_DATE_BEFORE_FUND_OPENED(422),
    ANONYMOUS_NAME_CANNOT_BE_PUBLISHED(422),
    NO_ITEMS(422),
    QUANTITY_NOT_POSITIVE(422),
    VALUATION_BASIS_REQUIRED(422),
    EVIDENCE_REQUIRED(422),
    DONATION_ALREADY_RECORDED(409),
    DONATION_NOT_FOUND(404),
    RECORD_NOT_IN_FUND(404),
    ALREADY_REVERSED(409),
    REASON_REQUIRED(422),
    EXCEEDS_POOL_BALANCE(422),
    GOODS_ALREADY_DISPOSED(409),
    NO_SUCH_ITEM_LINE(422),
    EXCEEDS_REMAINING_GOODS(422),
    PROCEEDS_REQUIRED(422),
    RECIPIENT_REQUIRED(422),
    DISPOSAL_ALREADY_RECORDED(409),
    GRANT_ALREADY_AWARDED(409),
    GRANT_NOT_FOUND(404),
    INVALID_CREDIT_CODE(422),
    PROJECT_REQUIRED(422),
    PAYMENT_ALREADY_RECORDED(409),
    EXCEEDS_AWARDED_AMOUNT(422);

    private final int httpStatus;

    FundErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
