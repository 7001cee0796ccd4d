package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammeId;

/** A tranche was paid to the contractor from the contract's earmarked money. */
@Revision("1")
public record TranchePaid(ContractId contractId, ProgrammeId programmeId, int number, Money amount, String proposedBy, String approvedBy, LocalDate effectiveDate) {
}
