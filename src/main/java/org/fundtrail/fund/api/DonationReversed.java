package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

import java.time.LocalDate;

/** A cash donation was reversed: {@code amount} leaves {@code pool}; the receipt {@code receiptNumber} is void. */
@Revision("1")
public record DonationReversed(DonationId donationId, FundId fundId, ReceiptNumber receiptNumber, PaymentChannel channel,
                               Money amount, Pool pool, String reason, LocalDate effectiveDate) {
}
