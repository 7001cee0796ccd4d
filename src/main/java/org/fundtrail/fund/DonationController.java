package org.fundtrail.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fundtrail.fund.Donations.CashDonationRequest;
import org.fundtrail.fund.Donations.DisposalRequest;
import org.fundtrail.fund.Donations.InKindDonationRequest;
import org.fundtrail.fund.Donations.ReversalRequest;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.FundId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/funds/{fundId}")
@Tag(name = "Donations", description = "Cash and in-kind donations, their reversal, and disposal of donated goods")
class DonationController {

    private final Donations donations;
    private final FundRecords records;

    DonationController(Donations donations, FundRecords records) {
        this.donations = donations;
        this.records = records;
    }

    @PostMapping("/donations")
    @Operation(summary = "Record a cash donation; answers with the receipt number. Retrying with the same id is safe.")
    ResponseEntity<Object> recordCash(@PathVariable FundId fundId, @Valid @RequestBody CashDonationRequest request) {
        return donations.recordCash(fundId, request).answer();
    }

    @PostMapping("/in-kind-donations")
    @Operation(summary = "Record donated goods with their valuation basis and evidence; their value counts toward the target")
    ResponseEntity<Object> recordInKind(@PathVariable FundId fundId, @Valid @RequestBody InKindDonationRequest request) {
        return donations.recordInKind(fundId, request).answer();
    }

    @PostMapping("/donations/{donationId}/reversal")
    @Operation(summary = "Reverse a cash donation with a reason: a correcting entry; the original stays in the ledger")
    ResponseEntity<Object> reverseCash(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                                       @Valid @RequestBody ReversalRequest request) {
        return donations.reverseCash(fundId, donationId, request).answer();
    }

    @PostMapping("/in-kind-donations/{donationId}/reversal")
    @Operation(summary = "Reverse an in-kind donation whose goods are all still held")
    ResponseEntity<Object> reverseInKind(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                                         @Valid @RequestBody ReversalRequest request) {
        return donations.reverseInKind(fundId, donationId, request).answer();
    }

    @PostMapping("/in-kind-donations/{donationId}/disposals")
    @Operation(summary = "Distribute donated goods to beneficiaries, or sell them (proceeds required)")
    ResponseEntity<Object> dispose(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                                   @Valid @RequestBody DisposalRequest request) {
        return donations.dispose(fundId, donationId, request).answer();
    }

    @GetMapping("/donations")
    @Operation(summary = "Donations to a fund, newest first, with donor names (staff and auditors only)")
    List<FundQueries.DonationView> list(@PathVariable FundId fundId, @RequestParam(defaultValue = "100") int limit,
                                        @RequestParam(defaultValue = "0") int offset) {
        return records.donations(fundId, limit, offset);
    }
}
