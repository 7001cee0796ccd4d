package org.fundtrail.fund.api;

import java.util.Optional;

/** Which donation a receipt number was issued for, for readers outside the fund capability (the auditor's trails). */
public interface DonationReceipts {

    /** The donation, cash or in kind, that receipt {@code number} was issued for; empty when none was. */
    Optional<DonationId> donationWithReceipt(ReceiptNumber number);
}
