package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Correct a donation recorded in error: a reversing entry that points at the original, never an edit. */
public record ReverseDonation(@TargetAggregateIdentifier DonationId donationId, FundId fundId, String reason,
                              LocalDate effectiveDate) {
}
