package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

/** Demand that the contractor repay money disbursed but unused or improperly used (追回). */
public record DemandClawback(@TargetAggregateIdentifier ContractId contractId, ClawbackId clawbackId, Money amount, String reason, LocalDate dueDate, LocalDate effectiveDate) {
}
