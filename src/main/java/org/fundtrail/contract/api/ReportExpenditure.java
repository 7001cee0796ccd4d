package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

/** A contractor reports spending on a budget category, with evidence; costs before the money arrived may be charged. */
public record ReportExpenditure(@TargetAggregateIdentifier ContractId contractId, ExpenditureId expenditureId, String category, Money amount, String description, String evidenceReference, LocalDate effectiveDate) {
}
