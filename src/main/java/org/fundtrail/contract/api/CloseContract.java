package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a contract whose every disbursed yuan is accounted for and whose final acceptance passed. */
public record CloseContract(@TargetAggregateIdentifier ContractId contractId, LocalDate effectiveDate) {
}
