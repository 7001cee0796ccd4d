package org.fundtrail.programme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reject a proposed allocation with a reason. */
public record RejectAllocation(@TargetAggregateIdentifier ProgrammeId programmeId, AllocationId allocationId, String reason) {
}
