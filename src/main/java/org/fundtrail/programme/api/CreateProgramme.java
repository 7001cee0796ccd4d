package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a programme under a policy of {@code ledger/programmes/}; its money enters at the root holder (the appropriating bureau). */
public record CreateProgramme(@TargetAggregateIdentifier ProgrammeId programmeId, String policyId, String name, TreasuryId treasuryId, HolderId rootHolder, String rootHolderName, int fiscalYear, LocalDate effectiveDate) {
}
