package org.fundtrail.fund.api;

import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A donation found by its receipt number, for readers outside the fund capability (the public "check my donation"):
 * what the ledger says about the gift, and nothing about the donor.
 */
public interface DonationReceipts {

    /**
     * @param amount the cash amount, or the converted value of in-kind goods
     * @param pool   where the gift landed; {@code purposeName} the fund's name of its purpose, null if unrestricted
     */
    record ReceiptedDonation(DonationId donationId, ReceiptNumber receiptNumber, FundId fundId, String fundName,
                             CharityId charityId, boolean inKind, Money amount, Pool pool, String purposeName, LocalDate effectiveDate,
                             boolean reversed) {
    }

    Optional<ReceiptedDonation> byReceipt(ReceiptNumber receiptNumber);
}
