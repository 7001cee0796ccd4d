package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a mid-term evaluation or the final acceptance, passed or failed, with the report. */
public record RecordMilestone(@TargetAggregateIdentifier ContractId contractId, Milestone milestone, boolean passed, String reportReference, LocalDate effectiveDate) {
}
