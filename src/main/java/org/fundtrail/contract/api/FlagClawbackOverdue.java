package org.fundtrail.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Flag a clawback not repaid by its due date (sent by the clawback watch). */
public record FlagClawbackOverdue(@TargetAggregateIdentifier ContractId contractId, ClawbackId clawbackId) {
}
