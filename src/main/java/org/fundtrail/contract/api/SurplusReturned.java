package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;

/** Unspent disbursed money went back to the funding holder. */
@Revision("1")
public record SurplusReturned(ContractId contractId, ProgrammeId programmeId, HolderId fundingHolder, Money amount, LocalDate effectiveDate) {
}
