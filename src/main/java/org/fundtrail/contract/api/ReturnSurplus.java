package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

/** The contractor sends back disbursed money it did not spend (结余). */
public record ReturnSurplus(@TargetAggregateIdentifier ContractId contractId, Money amount, LocalDate effectiveDate) {
}
