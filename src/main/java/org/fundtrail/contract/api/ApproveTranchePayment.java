package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve a proposed tranche payment (not one's own): the tranche is paid. */
public record ApproveTranchePayment(@TargetAggregateIdentifier ContractId contractId, int number, LocalDate effectiveDate) {
}
