package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An evaluation was recorded. A failed one blocks every tranche not yet paid. */
@Revision("1")
public record MilestoneRecorded(ContractId contractId, Milestone milestone, boolean passed, String reportReference, LocalDate effectiveDate) {
}
