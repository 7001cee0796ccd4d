package org.fundtrail.audit.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fundtrail.audit.balances.BothClocks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Clock;
import java.time.LocalDate;

/** Downloads of the journal and the trial balance, as CSV (UTF-8 with BOM) or XLSX, streamed. */
@RestController
@RequestMapping("/api/audit/exports")
@Tag(name = "Audit: exports", description = "The journal and the trial balance as CSV (UTF-8 with BOM) or XLSX, streamed")
class ExportController {

    private final JournalExport journal;
    private final TrialBalanceExport trialBalance;
    private final Clock clock;

    ExportController(JournalExport journal, TrialBalanceExport trialBalance, Clock clock) {
        this.journal = journal;
        this.trialBalance = trialBalance;
        this.clock = clock;
    }

    @GetMapping("/journal.{format:csv|xlsx}")
    @Operation(summary = "Every posting in recording order; optionally effective from/to (inclusive), touching an "
            + "account starting with account, recorded on or before knownAt")
    ResponseEntity<StreamingResponseBody> journal(@PathVariable String format,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                  @RequestParam(required = false) String account,
                                                  @RequestParam(required = false) String knownAt) {
        var export = journal.export(from, to, account,
                knownAt == null || knownAt.isBlank() ? null : BothClocks.of(null, knownAt, clock).knownAt());
        return export.response(ExportFormat.ofExtension(format));
    }

    @GetMapping("/trial-balance.{format:csv|xlsx}")
    @Operation(summary = "The trial balance as of asOf (effective date, default today) as known at knownAt "
            + "(ISO instant, default now), with a totals row; optionally only accounts starting with prefix")
    ResponseEntity<StreamingResponseBody> trialBalance(@PathVariable String format,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                       @RequestParam(required = false) String knownAt,
                                                       @RequestParam(defaultValue = "") String prefix) {
        return trialBalance.export(BothClocks.of(asOf, knownAt, clock), prefix).response(ExportFormat.ofExtension(format));
    }
}
