package org.fundtrail.fund.receipt;

import org.fundtrail.fund.DonationReceipts;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.web.PageController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A donation's receipt as PDF, for whoever may read the fund (its charity's staff, admins, auditors). */
@PageController
class ReceiptController {

    private final DonationReceipts receipts;
    private final ReceiptPdf pdf;

    ReceiptController(DonationReceipts receipts, ReceiptPdf pdf) {
        this.receipts = receipts;
        this.pdf = pdf;
    }

    @GetMapping("/app/funds/{fundId}/donations/{donationId}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable FundId fundId, @PathVariable DonationId donationId) {
        DonationReceipts.ReceiptFacts facts = receipts.facts(fundId, donationId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("receipt-" + facts.receiptNumber() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.render(facts));
    }
}
