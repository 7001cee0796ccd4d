package org.fundtrail.audit.exceptions;

import org.fundtrail.audit.export.Column;
import org.fundtrail.audit.export.RowSource;
import org.fundtrail.audit.export.TabularExport;

import java.util.List;

/** The exception report as a table, one row per finding, most severe first: the CSV and XLSX downloads. */
public final class ExceptionExport {

    static final List<Column<ExceptionFinding>> COLUMNS = List.of(
            Column.text("类别", "kind", (ExceptionFinding f) -> f.kind().name()),
            Column.text("严重程度", "severity", (ExceptionFinding f) -> f.severity().name()),
            Column.text("对象", "subject", 36, ExceptionFinding::subject),
            Column.text("说明", "detail (zh)", 60, ExceptionFinding::detailZh),
            Column.text("detail", "detail (en)", 60, ExceptionFinding::detail),
            Column.money("金额", "amount", ExceptionFinding::amount),
            Column.date("记账日期", "effective date", ExceptionFinding::effectiveDate),
            Column.instant("记录时间 (UTC)", "recorded at (UTC)", ExceptionFinding::recordedAt),
            Column.text("参照", "reference", 36, ExceptionFinding::reference));

    private ExceptionExport() {
    }

    public static TabularExport<ExceptionFinding> of(ExceptionReportView view) {
        return new TabularExport<>("exceptions_" + view.asOf(), "异常 Exceptions", COLUMNS, RowSource.of(view.findings()));
    }
}
