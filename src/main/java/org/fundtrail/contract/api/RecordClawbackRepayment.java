package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

/** Record money the contractor repaid on a clawback. */
public record RecordClawbackRepayment(@TargetAggregateIdentifier ContractId contractId, ClawbackId clawbackId, Money amount, LocalDate effectiveDate) {
}
