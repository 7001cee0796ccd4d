package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** An officer proposed an allocation; nothing has moved yet. */
@Revision("1")
public record AllocationProposed(ProgrammeId programmeId, AllocationId allocationId, HolderId fromHolder, HolderId toHolder, String toHolderName, Money amount, String proposedBy, LocalDate effectiveDate) {
}
