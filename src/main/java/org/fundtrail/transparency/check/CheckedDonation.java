package org.fundtrail.transparency.check;

import org.fundtrail.fund.api.DonationReceipts.ReceiptedDonation;
import org.fundtrail.money.Money;

import java.time.LocalDate;

/**
 * What the public sees of a checked donation: the ledger's facts and the inclusion proof, never the donor.
 *
 * @param amount    yuan with two decimals; {@code amountFen} the same as an integer
 * @param pool      {@code unrestricted} or {@code restricted:<purpose>}; {@code purposeName} the fund's name for it
 * @param kind      {@code CASH} or {@code IN_KIND} (then the amount is the goods' converted value)
 */
public record CheckedDonation(String receiptNumber, String fundId, String fundName, String charityName,
                              LocalDate date, Money amount, long amountFen, String pool, String purposeName, String kind, boolean reversed,
                              String eventIdentifier, DonationCheck.Inclusion inclusion) {

    static CheckedDonation of(ReceiptedDonation donation, String charityName, String eventIdentifier,
                              DonationCheck.Inclusion inclusion) {
        return new CheckedDonation(donation.receiptNumber().value(), donation.fundId().value(), donation.fundName(),
                charityName, donation.effectiveDate(), donation.amount(), donation.amount().fen(),
                donation.pool().key(), donation.purposeName(), donation.inKind() ? "IN_KIND" : "CASH", donation.reversed(), eventIdentifier,
                inclusion);
    }
}
