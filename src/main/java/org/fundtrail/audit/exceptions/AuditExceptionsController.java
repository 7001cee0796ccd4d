package org.fundtrail.audit.exceptions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fundtrail.audit.export.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The exception report over HTTP; {@code /api/audit/**} is for auditors and admins (SecurityConfiguration). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Read-only views for auditors")
class AuditExceptionsController {

    private final ExceptionReport report;
    private final Clock clock;

    AuditExceptionsController(ExceptionReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/exceptions")
    @Operation(summary = "What an auditor must look at as of a date (default today): tranches paid without their "
            + "condition, expenditure in forbidden categories, overdue clawbacks, contracts past their end with money "
            + "held, funds below their fundraising floor, entries back-dated more than backdatedDays, reversals. "
            + "Filter with kind (repeat or comma-separate). Read models may lag the ledger by a moment.")
    ExceptionReportView exceptions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(defaultValue = "" + ExceptionReport.DEFAULT_BACKDATED_DAYS) int backdatedDays,
                                   @RequestParam(required = false) List<ExceptionKind> kind) {
        return ExceptionReportView.of(report, asOf, backdatedDays, kind, clock);
    }

    @GetMapping("/exports/exceptions.{format:csv|xlsx}")
    @Operation(summary = "The exception report as CSV (UTF-8 with BOM) or XLSX, most severe first")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                 @RequestParam(defaultValue = "" + ExceptionReport.DEFAULT_BACKDATED_DAYS) int backdatedDays,
                                                 @RequestParam(required = false) List<ExceptionKind> kind) {
        return ExceptionExport.of(exceptions(asOf, backdatedDays, kind)).response(ExportFormat.ofExtension(format));
    }
}
