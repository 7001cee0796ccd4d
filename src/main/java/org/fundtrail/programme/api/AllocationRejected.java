package org.fundtrail.programme.api;

import org.axonframework.serialization.Revision;

/** A proposed allocation was rejected; nothing moved. */
@Revision("1")
public record AllocationRejected(ProgrammeId programmeId, AllocationId allocationId, String reason, String rejectedBy) {
}
