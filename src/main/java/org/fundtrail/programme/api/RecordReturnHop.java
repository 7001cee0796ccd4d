package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a return moved one hop up: from its current holder to the one that allocated to it, or from the root holder to the treasury. */
public record RecordReturnHop(@TargetAggregateIdentifier ProgrammeId programmeId, ReturnId returnId, LocalDate effectiveDate) {
}
