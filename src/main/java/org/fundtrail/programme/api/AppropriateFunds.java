package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

/** Appropriate money from the programme's treasury on a budget line of a fiscal year (下达). */
public record AppropriateFunds(@TargetAggregateIdentifier ProgrammeId programmeId, AppropriationId appropriationId, String budgetLine, int fiscalYear, Money amount, LocalDate effectiveDate) {
}
