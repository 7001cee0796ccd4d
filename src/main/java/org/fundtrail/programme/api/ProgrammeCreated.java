package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A programme was created; the root holder receives what the treasury appropriates. */
@Revision("1")
public record ProgrammeCreated(ProgrammeId programmeId, String policyId, String name, TreasuryId treasuryId, HolderId rootHolder, String rootHolderName, int fiscalYear, LocalDate effectiveDate) {
}
