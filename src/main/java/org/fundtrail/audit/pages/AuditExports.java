package org.fundtrail.audit.pages;

import org.fundtrail.audit.balances.BothClocks;
import org.fundtrail.audit.exceptions.ExceptionExport;
import org.fundtrail.audit.exceptions.ExceptionKind;
import org.fundtrail.audit.exceptions.ExceptionReport;
import org.fundtrail.audit.exceptions.ExceptionReportView;
import org.fundtrail.audit.export.ExportFormat;
import org.fundtrail.audit.export.JournalExport;
import org.fundtrail.audit.export.TrialBalanceExport;
import org.fundtrail.audit.trail.TrailRows;
import org.fundtrail.audit.trail.Trails;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.web.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit downloads for the signed-in workspace (the API's {@code /api/audit/exports/**} take HTTP Basic only):
 * the same exports, written by the same code, with the same parameters; recording times may also be typed in Beijing
 * time, as on the pages.
 */
@PageController
@RequestMapping("/app/audit/exports")
class AuditExports {

    private final JournalExport journal;
    private final TrialBalanceExport trialBalance;
    private final ExceptionReport exceptions;
    private final Trails trails;
    private final Clock clock;

    AuditExports(JournalExport journal, TrialBalanceExport trialBalance, ExceptionReport exceptions, Trails trails,
                 Clock clock) {
        this.journal = journal;
        this.trialBalance = trialBalance;
        this.exceptions = exceptions;
        this.trails = trails;
        this.clock = clock;
    }

    @GetMapping("/journal.{format:csv|xlsx}")
    ResponseEntity<StreamingResponseBody> journal(@PathVariable String format,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                  @RequestParam(required = false) String account,
                                                  @RequestParam(required = false) String knownAt) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from " + from + " is after to " + to);
        }
        return journal.export(from, to, account, knownAt(knownAt)).response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/trial-balance.{format:csv|xlsx}")
    ResponseEntity<StreamingResponseBody> trialBalance(@PathVariable String format,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                       @RequestParam(required = false) String knownAt,
                                                       @RequestParam(defaultValue = "") String prefix) {
        return trialBalance.export(BothClocks.at(asOf, knownAt(knownAt), clock), prefix.trim()).response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/exceptions.{format:csv|xlsx}")
    ResponseEntity<StreamingResponseBody> exceptions(@PathVariable String format,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                     @RequestParam(defaultValue = "" + ExceptionReport.DEFAULT_BACKDATED_DAYS) int backdatedDays,
                                                     @RequestParam(required = false) List<ExceptionKind> kind) {
        if (backdatedDays < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "backdatedDays must be 0 or more");
        }
        ExceptionReportView view = ExceptionReportView.of(exceptions, asOf, backdatedDays, kind, clock);
        return ExceptionExport.of(view).response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/trails/donations/{donationId}.{format:csv|xlsx}")
    ResponseEntity<StreamingResponseBody> donationTrail(@PathVariable String donationId, @PathVariable String format) {
        Trails.SubjectTrail trail = trails.ofDonation(donationId).orElseThrow(() ->
                new ProblemHandler.NotFound("nothing has been posted for donation " + donationId));
        return TrailRows.export(trail).response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/trails/contracts/{contractId}.{format:csv|xlsx}")
    ResponseEntity<StreamingResponseBody> contractTrail(@PathVariable String contractId, @PathVariable String format) {
        Trails.SubjectTrail trail = trails.ofContract(contractId).orElseThrow(() ->
                new ProblemHandler.NotFound("nothing has been posted for contract " + contractId));
        return TrailRows.export(trail).response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/trails/appropriations/{programmeId}/{appropriationId}.{format:csv|xlsx}")
    ResponseEntity<StreamingResponseBody> appropriationTrail(@PathVariable String programmeId,
                                                             @PathVariable String appropriationId,
                                                             @PathVariable String format) {
        Trails.SubjectTrail trail = trails.ofAppropriation(programmeId, appropriationId).orElseThrow(() ->
                new ProblemHandler.NotFound("nothing has been posted for appropriation " + appropriationId));
        return TrailRows.export(trail).response(ExportFormat.ofExtension(format));
    }

    private static Instant knownAt(String text) {
        try {
            return AuditFormat.parseKnownAt(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
