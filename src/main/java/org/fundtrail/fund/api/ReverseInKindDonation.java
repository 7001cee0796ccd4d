package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Correct an in-kind donation recorded in error, before any of its goods were disposed of. */
public record ReverseInKindDonation(@TargetAggregateIdentifier DonationId donationId, FundId fundId, String reason,
                                    LocalDate effectiveDate) {
}
