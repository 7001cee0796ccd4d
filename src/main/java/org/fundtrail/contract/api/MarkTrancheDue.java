package org.fundtrail.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a tranche due because its condition now holds (sent by the tranche schedule). */
public record MarkTrancheDue(@TargetAggregateIdentifier ContractId contractId, int number) {
}
