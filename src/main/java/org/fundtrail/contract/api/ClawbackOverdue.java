package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** A clawback passed its due date with money still owed. */
@Revision("1")
public record ClawbackOverdue(ContractId contractId, ClawbackId clawbackId, Money outstanding, LocalDate dueDate) {
}
