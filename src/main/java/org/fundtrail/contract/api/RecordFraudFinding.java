package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the contractor obtained or used money by fraud (弄虚作假): recovery, publication and debarment follow. */
public record RecordFraudFinding(@TargetAggregateIdentifier ContractId contractId, String finding, boolean publish, LocalDate effectiveDate) {
}
