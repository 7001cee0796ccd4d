package org.fundtrail.transparency.check;

import org.fundtrail.audit.integrity.InclusionProof;
import org.fundtrail.audit.integrity.InclusionProofs;
import org.fundtrail.fund.api.DonationReceipts;
import org.fundtrail.fund.api.DonationReceipts.ReceiptedDonation;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * "Check my donation": a donor who holds the receipt finds their gift in the ledger and the proof that its event is
 * in the latest published signed Merkle root. Both the receipt number and the amount must match, so that receipt
 * numbers, which are issued in sequence, cannot be walked through to read other people's gifts; a wrong amount and an
 * unknown receipt get the same empty answer. Nothing about the donor is read.
 */
@Service
public class DonationCheck {

    private final DonationReceipts receipts;
    private final CharityDirectory charities;
    private final InclusionProofs proofs;
    private final JdbcClient jdbc;

    DonationCheck(DonationReceipts receipts, CharityDirectory charities, InclusionProofs proofs, JdbcClient jdbc) {
        this.receipts = receipts;
        this.charities = charities;
        this.proofs = proofs;
        this.jdbc = jdbc;
    }

    public Optional<CheckedDonation> check(String receiptNumber, Money amount) {
        if (receiptNumber == null || receiptNumber.isBlank() || amount == null) {
            return Optional.empty();
        }
        return receipts.byReceipt(ReceiptNumber.of(receiptNumber.strip()))
                .filter(donation -> donation.amount().equals(amount))
                .flatMap(donation -> recordingEvent(donation).map(eventIdentifier -> checked(donation, eventIdentifier)));
    }

    private CheckedDonation checked(ReceiptedDonation donation, String eventIdentifier) {
        String charityName = charities.find(donation.charityId()).map(CharityDirectory.Charity::name).orElse("");
        Inclusion inclusion = proofs.againstLatestPublishedRoot(eventIdentifier)
                .map(Inclusion::included).orElseGet(Inclusion::pending);
        return CheckedDonation.of(donation, charityName, eventIdentifier, inclusion);
    }

    /** The event that recorded the gift: the first of the donation's own stream (its aggregate id is the DonationId's text). */
    private Optional<String> recordingEvent(ReceiptedDonation donation) {
        return jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")
                .param(donation.donationId().toString()).query(String.class).optional();
    }

    /** The proof of a checked donation, for the JSON answer and the page. */
    public record Inclusion(Status status, InclusionProof proof, String leafHash) {

        public enum Status { INCLUDED, PENDING }

        static Inclusion included(InclusionProof proof) {
            return new Inclusion(Status.INCLUDED, proof, LeafHash.of(proof.contentHash()));
        }

        static Inclusion pending() {
            return new Inclusion(Status.PENDING, null, null);
        }
    }
}
