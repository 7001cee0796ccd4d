package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

import java.time.LocalDate;

/** An in-kind donation was reversed before any of its goods were disposed of; its receipt is void. */
@Revision("1")
public record InKindDonationReversed(DonationId donationId, FundId fundId, ReceiptNumber receiptNumber, Money value,
                                     String reason, LocalDate effectiveDate) {
}
