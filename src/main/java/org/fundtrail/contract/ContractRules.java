package org.fundtrail.contract;

import org.fundtrail.contract.api.ContractErrorCode;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;

import java.time.Clock;
import java.time.LocalDate;

import static org.fundtrail.contract.api.ContractErrorCode.AMOUNT_NOT_POSITIVE;
import static org.fundtrail.contract.api.ContractErrorCode.EFFECTIVE_DATE_IN_FUTURE;

/** Checks shared by the contract's handlers; each throws a {@link RuleViolation} naming the field at fault. */
final class ContractRules {

    private ContractRules() {
    }

    static RuleViolation violation(ContractErrorCode code, String field, String message) {
        return new RuleViolation(code, field, message);
    }

    static void positive(Money amount, String field) {
        if (amount == null || !amount.isPositive()) {
            throw violation(AMOUNT_NOT_POSITIVE, field, field + " must be more than 0.00, got " + amount);
        }
    }

    static void required(String text, ContractErrorCode code, String field) {
        if (text == null || text.isBlank()) {
            throw violation(code, field, field + " is required");
        }
    }

    /** Entries may be back-dated (costs before the money arrived, seed 001), never dated ahead of today. */
    static void notInFuture(LocalDate date, Clock clock) {
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw violation(EFFECTIVE_DATE_IN_FUTURE, "effectiveDate", "effective date " + date + " is missing or after today");
        }
    }
}
