package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** An officer proposed paying a tranche; nothing has been paid yet. */
@Revision("1")
public record TranchePaymentProposed(ContractId contractId, int number, Money amount, String proposedBy, LocalDate effectiveDate) {
}
