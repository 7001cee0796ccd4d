package org.fundtrail.audit.trail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.journal.JournalQueries;
import org.fundtrail.audit.export.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Trails: where any yuan came from and where it went, hop by hop, to the fen (see {@code docs/trails.md}). Reads only. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit: trails", description = "FIFO lot trails of events, donations, contracts and appropriations; every posting of an account")
class TrailController {

    private final Trails trails;
    private final JournalQueries journal;

    TrailController(Trails trails, JournalQueries journal) {
        this.trails = trails;
        this.journal = journal;
    }

    @GetMapping("/trails/events/{eventId}")
    @Operation(summary = "The postings an event made; for each, where its money came from (backward) and where it went (forward)",
            description = "404 when the event posted nothing.")
    Trails.EventTrail event(@PathVariable String eventId) {
        return trails.ofEvent(eventId).orElseThrow(() -> new ProblemHandler.NotFound("event " + eventId + " posted nothing"));
    }

    @GetMapping("/trails/donations/{donationId}")
    @Operation(summary = "A donation's trail: where its money went (grants, grantees, beneficiaries) or is still held; its reversal if any")
    Trails.SubjectTrail donation(@PathVariable String donationId) {
        return trails.ofDonation(donationId).orElseThrow(() -> new ProblemHandler.NotFound("nothing has been posted for donation " + donationId));
    }

    @GetMapping("/trails/contracts/{contractId}")
    @Operation(summary = "A contract's trail: each tranche back to the treasury appropriation, and forward to spending by category, clawbacks, surplus and returns; the earmark as related")
    Trails.SubjectTrail contract(@PathVariable String contractId) {
        return trails.ofContract(contractId).orElseThrow(() -> new ProblemHandler.NotFound("nothing has been posted for contract " + contractId));
    }

    @GetMapping("/trails/appropriations/{programmeId}/{appropriationId}")
    @Operation(summary = "An appropriation's trail: down the channel to contracts, tranches, spending, and back to the treasury")
    Trails.SubjectTrail appropriation(@PathVariable String programmeId, @PathVariable String appropriationId) {
        return trails.ofAppropriation(programmeId, appropriationId).orElseThrow(() -> new ProblemHandler.NotFound(
                "nothing has been posted for appropriation " + appropriationId + " of programme " + programmeId));
    }

    @GetMapping("/exports/trails/contracts/{contractId}.{format:csv|xlsx}")
    @Operation(summary = "A contract's trail as CSV (UTF-8 with BOM) or XLSX, one row per hop")
    ResponseEntity<StreamingResponseBody> contractExport(@PathVariable String contractId, @PathVariable String format) {
        Trails.SubjectTrail trail = contract(contractId);
        return TrailRows.export(trail).response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/exports/trails/donations/{donationId}.{format:csv|xlsx}")
    @Operation(summary = "A donation's trail as CSV (UTF-8 with BOM) or XLSX, one row per hop")
    ResponseEntity<StreamingResponseBody> donationExport(@PathVariable String donationId, @PathVariable String format) {
        Trails.SubjectTrail trail = donation(donationId);
        return TrailRows.export(trail).response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/accounts/{account}/postings")
    @Operation(summary = "Every posting of an account in recording order, with event, actor, request id, effective date and recording time, a page at a time (pass the last globalIndex as after)")
    List<JournalQueries.PostingLine> postings(@PathVariable String account,
                                              @RequestParam(defaultValue = "-1") long after,
                                              @RequestParam(defaultValue = "500") int limit) {
        return journal.postingsOf(account, Math.min(Math.max(limit, 1), 5000), after);
    }
}
