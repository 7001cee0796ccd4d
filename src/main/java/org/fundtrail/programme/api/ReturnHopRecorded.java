package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** One hop of a return: to {@code toHolder}, or to the treasury when {@code toHolder} is null. A return to the treasury in the programme's own fiscal year restores the appropriation; in a later year it is non-tax income. */
@Revision("1")
public record ReturnHopRecorded(ProgrammeId programmeId, ReturnId returnId, int hop, HolderId fromHolder, HolderId toHolder, TreasuryId treasuryId, Money amount, int budgetYear, boolean sameBudgetYear, LocalDate effectiveDate) {
}
