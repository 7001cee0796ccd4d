package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;

/** Repaid money reached the funding holder; {@code outstanding} is what is still owed on this clawback. */
@Revision("1")
public record ClawbackRepaid(ContractId contractId, ProgrammeId programmeId, HolderId fundingHolder, ClawbackId clawbackId, Money amount, Money outstanding, LocalDate effectiveDate) {
}
