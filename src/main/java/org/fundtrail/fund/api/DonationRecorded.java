package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;

import java.time.LocalDate;

/** Cash reached a fund. {@code purpose} is null for an unrestricted gift. */
@Revision("1")
public record DonationRecorded(DonationId donationId, FundId fundId, CharityId charityId, ReceiptNumber receiptNumber,
                               DonorId donorId, DonorKind donorKind, boolean anonymous, boolean nameMayBePublished,
                               PaymentChannel channel, Money amount, PurposeCode purpose, LocalDate effectiveDate) {

    public Pool pool() {
        return Pool.of(purpose);
    }
}
