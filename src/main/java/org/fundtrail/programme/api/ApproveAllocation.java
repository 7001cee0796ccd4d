package org.fundtrail.programme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve a proposed allocation (not one's own); the money moves if the payer still holds it. */
public record ApproveAllocation(@TargetAggregateIdentifier ProgrammeId programmeId, AllocationId allocationId) {
}
