package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** The contractor owes {@code amount} back by {@code dueDate}. */
@Revision("1")
public record ClawbackDemanded(ContractId contractId, ClawbackId clawbackId, Money amount, String reason, LocalDate dueDate, boolean fraud, LocalDate effectiveDate) {
}
