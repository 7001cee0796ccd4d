package org.fundtrail.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reject a reported expenditure as improperly used; the money stays owed by the contractor. */
public record RejectExpenditure(@TargetAggregateIdentifier ContractId contractId, ExpenditureId expenditureId, String reason) {
}
