package org.fundtrail.organisation.api;

import org.fundtrail.infra.RuleCode;

public enum OrganisationErrorCode implements RuleCode {
    CHARITY_ALREADY_REGISTERED(409),
    CREDIT_CODE_ALREADY_REGISTERED(409),
    INVALID_CREDIT_CODE(422),
    NAME_REQUIRED(422),
    RATING_REQUIRED(422),
    REASON_REQUIRED(422),
    DEBARMENT_MUST_END_AFTER_IT_STARTS(422),
    EFFECTIVE_DATE_REQUIRED(422),
    EFFECTIVE_DATE_IN_FUTURE(422);

    private final int httpStatus;

    OrganisationErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
