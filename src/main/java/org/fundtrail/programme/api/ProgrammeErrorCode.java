package org.fundtrail.programme.api;

import org.fundtrail.infra.RuleCode;

/** The rules of programmes and the channel, named after what a refused command broke. */
public enum ProgrammeErrorCode implements RuleCode {
    PROGRAMME_NOT_FOUND(404),
    UNKNOWN_POLICY(422),
    NAME_REQUIRED(422),
    AMOUNT_NOT_POSITIVE(422),
    EFFECTIVE_DATE_IN_FUTURE(422),
    APPROPRIATION_ALREADY_RECORDED(409),
    UNKNOWN_HOLDER(422),
    MONEY_MUST_FOLLOW_THE_CHANNEL(422),
    ALLOCATION_ALREADY_PROPOSED(409),
    ALLOCATION_NOT_FOUND(404),
    ALLOCATION_NOT_PENDING(409),
    SAME_OFFICER_CANNOT_APPROVE(403),
    EXCEEDS_HOLDER_BALANCE(422),
    REASON_REQUIRED(422),
    CONTRACT_ALREADY_FUNDED(409),
    ORGANISATION_NOT_REGISTERED(422),
    ORGANISATION_DEBARRED(422),
    ORGANISATION_COUNTY_LIMIT(422),
    ORGANISATION_PROJECT_LIMIT(422),
    DISTRICT_PROJECT_LIMIT(422),
    AMOUNT_NOT_AS_POLICY(422),
    RATING_REQUIRED(422),
    RETURN_ALREADY_OPEN(409),
    RETURN_NOT_FOUND(404),
    RETURN_ALREADY_COMPLETE(409);

    private final int httpStatus;

    ProgrammeErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
