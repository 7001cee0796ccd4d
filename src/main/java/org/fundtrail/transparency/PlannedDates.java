package org.fundtrail.transparency;

import org.fundtrail.programme.api.TrancheCondition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a tranche is expected, for the public schedule: a tranche paid on signing is planned for the signing date, one
 * waiting for the mid-term evaluation for the middle of the contract's term, one waiting for final acceptance for the
 * end of the term. Plans carry conditions, not dates; this is the date a reader can hold the contract to.
 */
final class PlannedDates {

    private PlannedDates() {
    }

    static LocalDate of(TrancheCondition condition, LocalDate signedOn, LocalDate start, LocalDate end) {
        return switch (condition) {
            case CONTRACT_SIGNED -> signedOn;
            case MIDTERM_EVALUATION_PASSED -> start == null || end == null ? null
                    : start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
            case FINAL_ACCEPTANCE_PASSED -> end;
        };
    }
}
