package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** Disbursed money was properly spent on a budget category. */
@Revision("1")
public record ExpenditureAccepted(ContractId contractId, ExpenditureId expenditureId, String category, Money amount, String acceptedBy, LocalDate effectiveDate) {
}
