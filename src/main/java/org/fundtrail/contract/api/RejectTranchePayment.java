package org.fundtrail.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reject a proposed tranche payment with a reason. */
public record RejectTranchePayment(@TargetAggregateIdentifier ContractId contractId, int number, String reason) {
}
