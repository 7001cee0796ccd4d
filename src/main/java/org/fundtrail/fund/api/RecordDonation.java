package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

import java.time.LocalDate;

/**
 * Record a cash donation. The donor's name and contact are not here: they are kept in the donor table under
 * {@code donorId} before this command is sent.
 *
 * @param purpose null for an unrestricted gift
 */
public record RecordDonation(@TargetAggregateIdentifier DonationId donationId, FundId fundId, DonorId donorId,
                             DonorKind donorKind, boolean anonymous, boolean nameMayBePublished,
                             PaymentChannel channel, Money amount, PurposeCode purpose, LocalDate effectiveDate) {
}
