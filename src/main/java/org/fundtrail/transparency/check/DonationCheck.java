package org.fundtrail.transparency.check;

import org.fundtrail.audit.integrity.InclusionProof;
import org.fundtrail.audit.integrity.InclusionProofs;
import org.fundtrail.fund.api.DonationReceipts;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReceipts.ReceiptedDonation;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * "Check my donation": a donor who holds the receipt finds their gift in the ledger and the proof that its event is
 * in the latest published signed Merkle root. Both the receipt number and the amount must match, so that receipt
 * numbers, which are issued in sequence, cannot be walked through to read other people's gifts; a wrong amount and an
 * unknown receipt get the same empty answer. Nothing about the donor is read.
 */
@Service
public class DonationCheck {

    /**
     * A proof reads the content hash of every event up to the root (docs/integrity.md, "Limits"): at most this many
     * are computed at once for the public, so that a crowd checking donations cannot take the database from the
     * people recording them. Whoever finds both busy is told to try again.
     */
    static final int CONCURRENT_PROOFS = 2;

    private final Semaphore proofSlots = new Semaphore(CONCURRENT_PROOFS);
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
        return CheckedDonation.of(donation, charityName, eventIdentifier, inclusion(eventIdentifier));
    }

    private Inclusion inclusion(String eventIdentifier) {
        try {
            if (!proofSlots.tryAcquire(2, TimeUnit.SECONDS)) {
                return Inclusion.busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Inclusion.busy();
        }
        try {
            return proofs.againstLatestPublishedRoot(eventIdentifier).map(Inclusion::publicly)
                    .orElseGet(Inclusion::pending);
        } finally {
            proofSlots.release();
        }
    }

    /** The event that recorded the gift: the first of the donation's own stream (its aggregate id is the DonationId's text). */
    private Optional<String> recordingEvent(ReceiptedDonation donation) {
        return jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")
                .param(donation.donationId().toString()).query(String.class).optional();
    }

    /** The proof of a checked donation, for the JSON answer and the page. */
    public record Inclusion(Status status, InclusionProof proof, String leafHash) {

        /** INCLUDED: here is the proof; PENDING: no published root covers it yet; BUSY: try again shortly. */
        public enum Status { INCLUDED, PENDING, BUSY }

        /**
         * Event types whose stored content may be shown to whoever holds the receipt: a cash donation's event holds
         * ids, flags, the amount and dates, and no name or contact (those stay in the donor register). Other events
         * carry text typed by staff (an in-kind gift's evidence reference and item descriptions), which may name
         * people: their proof is given without the content, so it shows that the content hash is in the signed tree
         * but not what the content is.
         */
        static final Set<String> CONTENT_SHOWN = Set.of(DonationRecorded.class.getName());

        static Inclusion publicly(InclusionProof proof) {
            InclusionProof shown = CONTENT_SHOWN.contains(proof.payloadType()) ? proof
                    : new InclusionProof(proof.format(), proof.eventIdentifier(), proof.globalIndex(),
                    proof.aggregateIdentifier(), proof.sequenceNumber(), proof.payloadType(), null,
                    proof.contentHash(), proof.leafIndex(), proof.treeSize(), proof.auditPath(), proof.root());
            return new Inclusion(Status.INCLUDED, shown, LeafHash.of(proof.contentHash()));
        }

        public boolean contentShown() {
            return proof != null && proof.canonicalContent() != null;
        }

        static Inclusion pending() {
            return new Inclusion(Status.PENDING, null, null);
        }

        static Inclusion busy() {
            return new Inclusion(Status.BUSY, null, null);
        }
    }
}
