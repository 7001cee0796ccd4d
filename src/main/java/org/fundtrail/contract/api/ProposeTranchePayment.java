package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Propose paying a tranche whose condition holds; another officer approves it. */
public record ProposeTranchePayment(@TargetAggregateIdentifier ContractId contractId, int number, LocalDate effectiveDate) {
}
