package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** Money left the treasury for the programme's root holder. */
@Revision("1")
public record FundsAppropriated(ProgrammeId programmeId, AppropriationId appropriationId, TreasuryId treasuryId, HolderId rootHolder, String budgetLine, int fiscalYear, Money amount, LocalDate effectiveDate) {
}
