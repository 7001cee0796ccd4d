package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;

/** The contract ended early; {@code released} (earmarked, never paid) went back to the funding holder. */
@Revision("1")
public record ContractTerminated(ContractId contractId, ProgrammeId programmeId, HolderId fundingHolder, String reason, Money released, LocalDate effectiveDate) {
}
