package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accept a reported expenditure as properly used. */
public record AcceptExpenditure(@TargetAggregateIdentifier ContractId contractId, ExpenditureId expenditureId, LocalDate effectiveDate) {
}
