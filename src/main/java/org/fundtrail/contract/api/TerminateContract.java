package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a contract early: no further tranche; the unpaid earmark goes back to the funding holder. */
public record TerminateContract(@TargetAggregateIdentifier ContractId contractId, String reason, LocalDate effectiveDate) {
}
