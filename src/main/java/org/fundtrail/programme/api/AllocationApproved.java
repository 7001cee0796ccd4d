package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** A second officer approved the allocation: the money moved from {@code fromHolder} to {@code toHolder}. */
@Revision("1")
public record AllocationApproved(ProgrammeId programmeId, AllocationId allocationId, HolderId fromHolder, HolderId toHolder, Money amount, String proposedBy, String approvedBy, LocalDate effectiveDate) {
}
