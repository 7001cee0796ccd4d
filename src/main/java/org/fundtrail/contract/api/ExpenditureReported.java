package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** An expenditure awaits an officer's review. */
@Revision("1")
public record ExpenditureReported(ContractId contractId, ExpenditureId expenditureId, String category, Money amount, String description, String evidenceReference, LocalDate effectiveDate) {
}
