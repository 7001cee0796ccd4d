package org.fundtrail.fund;

import org.fundtrail.fund.api.FundErrorCode;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;

import java.time.Clock;
import java.time.LocalDate;

import static org.fundtrail.fund.api.FundErrorCode.AMOUNT_NOT_POSITIVE;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_BEFORE_FUND_OPENED;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_IN_FUTURE;
import static org.fundtrail.fund.api.FundErrorCode.FUND_NOT_FOUND;
import static org.fundtrail.fund.api.FundErrorCode.UNKNOWN_PURPOSE;

/** Checks shared by the fund's aggregates; each throws a {@link RuleViolation} naming the field at fault. */
final class FundRules {

    private FundRules() {
    }

    static FundDirectory.FundFacts existingFund(FundDirectory directory, FundId fundId) {
        return directory.find(fundId).orElseThrow(() -> violation(FUND_NOT_FOUND, "fundId", "no fund " + fundId.value()));
    }

    /**
     * A record is addressed through its fund; naming it under another fund is as if it did not exist there, so a
     * user allowed on one fund cannot reach another fund's records by id.
     */
    static void sameFund(FundId recorded, FundId addressed, String what) {
        if (!recorded.equals(addressed)) {
            throw violation(FundErrorCode.RECORD_NOT_IN_FUND, "fundId", what + " does not belong to fund " + addressed.value());
        }
    }

    static void positive(Money amount, String field) {
        if (amount == null || !amount.isPositive()) {
            throw violation(AMOUNT_NOT_POSITIVE, field, field + " must be more than 0.00, got " + amount);
        }
    }

    static void knownPurpose(FundDirectory.FundFacts fund, PurposeCode purpose, String field) {
        if (purpose != null && !fund.hasPurpose(purpose)) {
            throw violation(UNKNOWN_PURPOSE, field, "fund " + fund.fundId().value() + " has no restricted purpose '"
                    + purpose.value() + "'; its purposes are " + fund.purposes());
        }
    }

    /** Entries may be back-dated (costs before the money arrived), but not dated ahead of today. */
    static void notInFuture(LocalDate effectiveDate, Clock clock) {
        if (effectiveDate.isAfter(LocalDate.now(clock))) {
            throw violation(EFFECTIVE_DATE_IN_FUTURE, "effectiveDate",
                    "effective date " + effectiveDate + " is after today (" + LocalDate.now(clock) + ")");
        }
    }

    /** A correction, disposal or payment cannot be dated before the record it acts on. */
    static void notBefore(LocalDate effectiveDate, LocalDate recordDate, String what) {
        if (effectiveDate.isBefore(recordDate)) {
            throw violation(FundErrorCode.EFFECTIVE_DATE_BEFORE_RECORD, "effectiveDate",
                    "effective date " + effectiveDate + " is before " + what + " (" + recordDate + ")");
        }
    }

    static void notBeforeOpening(FundDirectory.FundFacts fund, LocalDate effectiveDate) {
        if (effectiveDate.isBefore(fund.openedOn())) {
            throw violation(EFFECTIVE_DATE_BEFORE_FUND_OPENED, "effectiveDate",
                    "effective date " + effectiveDate + " is before the fund opened on " + fund.openedOn());
        }
    }

    static void required(String text, FundErrorCode code, String field) {
        if (text == null || text.isBlank()) {
            throw violation(code, field, field + " is required");
        }
    }

    static RuleViolation violation(FundErrorCode code, String field, String message) {
        return new RuleViolation(code, field, message);
    }
}
