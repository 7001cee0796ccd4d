package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;

import java.time.LocalDate;
import java.util.List;

/** Goods reached a fund, valued at {@code value} (the sum of the item lines); that value counts toward the target. */
@Revision("1")
public record InKindDonationRecorded(DonationId donationId, FundId fundId, CharityId charityId,
                                     ReceiptNumber receiptNumber, DonorId donorId, DonorKind donorKind,
                                     boolean anonymous, boolean nameMayBePublished, List<InKindItem> items,
                                     ValuationBasis valuationBasis, String evidenceReference, PurposeCode purpose,
                                     Money value, LocalDate effectiveDate) {

    /** Where the cash from selling these goods goes. */
    public Pool pool() {
        return Pool.of(purpose);
    }
}
