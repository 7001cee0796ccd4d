package org.fundtrail.audit.exceptions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fundtrail.audit.export.Column;
import org.fundtrail.audit.export.ExportFormat;
import org.fundtrail.audit.export.RowSource;
import org.fundtrail.audit.export.TabularExport;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    /** The report and what it was asked for; {@code findings} most severe first. */
    record ExceptionReportView(LocalDate asOf, int backdatedDays, Set<ExceptionKind> kinds, int total,
                               List<ExceptionFinding> findings) {
    }

    @GetMapping("/exceptions")
    @Operation(summary = "What an auditor must look at as of a date (default today): tranches paid without their "
            + "condition, expenditure in forbidden categories, overdue clawbacks, contracts past their end with money "
            + "held, funds below their fundraising floor, entries back-dated more than backdatedDays, reversals. "
            + "Filter with kind (repeat or comma-separate). Read models may lag the ledger by a moment.")
    ExceptionReportView exceptions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(defaultValue = "" + ExceptionReport.DEFAULT_BACKDATED_DAYS) int backdatedDays,
                                   @RequestParam(required = false) List<ExceptionKind> kind) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        Set<ExceptionKind> kinds = kind == null || kind.isEmpty() ? EnumSet.allOf(ExceptionKind.class) : EnumSet.copyOf(kind);
        List<ExceptionFinding> findings = report.findings(date, backdatedDays, kinds);
        return new ExceptionReportView(date, backdatedDays, kinds, findings.size(), findings);
    }

    @GetMapping("/exports/exceptions.{format:csv|xlsx}")
    @Operation(summary = "The exception report as CSV (UTF-8 with BOM) or XLSX, most severe first")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                 @RequestParam(defaultValue = "" + ExceptionReport.DEFAULT_BACKDATED_DAYS) int backdatedDays,
                                                 @RequestParam(required = false) List<ExceptionKind> kind) {
        ExceptionReportView view = exceptions(asOf, backdatedDays, kind);
        return new TabularExport<>("exceptions_" + view.asOf(), "异常 Exceptions", List.of(
                Column.text("类别", "kind", (ExceptionFinding f) -> f.kind().name()),
                Column.text("严重程度", "severity", (ExceptionFinding f) -> f.severity().name()),
                Column.text("对象", "subject", 36, ExceptionFinding::subject),
                Column.text("说明", "detail (zh)", 60, ExceptionFinding::detailZh),
                Column.text("detail", "detail (en)", 60, ExceptionFinding::detail),
                Column.money("金额", "amount", ExceptionFinding::amount),
                Column.date("记账日期", "effective date", ExceptionFinding::effectiveDate),
                Column.instant("记录时间 (UTC)", "recorded at (UTC)", ExceptionFinding::recordedAt),
                Column.text("参照", "reference", 36, ExceptionFinding::reference)),
                RowSource.of(view.findings())).response(ExportFormat.ofExtension(format));
    }
}
