package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

/** Propose moving money one hop down the channel; another officer must approve it (maker-checker). */
public record ProposeAllocation(@TargetAggregateIdentifier ProgrammeId programmeId, AllocationId allocationId, HolderId fromHolder, HolderId toHolder, String toHolderName, Money amount, LocalDate effectiveDate) {
}
