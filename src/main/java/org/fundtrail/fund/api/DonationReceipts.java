package org.fundtrail.fund.api;

import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Donations found by their receipt numbers, for readers outside the fund capability: the auditor's trails, and the
 * public "check my donation", which sees what the ledger says about the gift and nothing about the donor.
 */
public interface DonationReceipts {

    /** The donation, cash or in kind, that receipt {@code number} was issued for; empty when none was. */
    Optional<DonationId> donationWithReceipt(ReceiptNumber number);

    /**
     * @param amount the cash amount, or the converted value of in-kind goods
     * @param pool   where the gift landed; {@code purposeName} the fund's name of its purpose, null if unrestricted
     */
    record ReceiptedDonation(DonationId donationId, ReceiptNumber receiptNumber, FundId fundId, String fundName,
                             CharityId charityId, boolean inKind, Money amount, Pool pool, String purposeName,
                             LocalDate effectiveDate, boolean reversed) {
    }

    /** The gift that receipt {@code number} was issued for, as the ledger has it, without its donor. */
    Optional<ReceiptedDonation> byReceipt(ReceiptNumber number);
}
