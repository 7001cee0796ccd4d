package org.fundtrail.audit.export;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A report as a table: a file name, a sheet name, column definitions and a {@link RowSource}. Any report becomes a
 * CSV or XLSX download with {@link #response(ExportFormat)}; the rows are pulled from the source while the response
 * is written, never collected first.
 *
 * <pre>{@code
 * TabularExport<Line> export = new TabularExport<>("exceptions-2026-03-31", "异常 Exceptions", List.of(
 *         Column.text("规则", "rule", Line::rule),
 *         Column.text("科目", "account", 40, Line::account),
 *         Column.money("金额", "amount", Line::amount),
 *         Column.date("记账日期", "effective date", Line::effectiveDate)),
 *     cursor.rows("SELECT ... ORDER BY ...", Map.of(...), (rs, n) -> new Line(...)));
 * return export.response(ExportFormat.ofExtension(format));
 * }</pre>
 *
 * @param fileName the download's name without extension: letters, digits, '.', '_' and '-'
 * @param sheetName the XLSX sheet's name: at most 31 characters, none of {@code []:*?/\}
 */
public record TabularExport<T>(String fileName, String sheetName, List<Column<T>> columns, RowSource<T> rows) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}");
    private static final Pattern SHEET_NAME = Pattern.compile("[^\\[\\]:*?/\\\\]{1,31}");

    public TabularExport {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("export file name '" + fileName + "' must be letters, digits, '.', '_' or '-'");
        }
        if (sheetName == null || !SHEET_NAME.matcher(sheetName).matches()) {
            throw new IllegalArgumentException("sheet name '" + sheetName + "' must be 1-31 characters without []:*?/\\");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
        Objects.requireNonNull(rows);
    }

    /**
     * The download: {@code Content-Disposition: attachment}, the format's media type, and a body written on an MVC
     * async thread as the rows arrive. Errors after the first bytes cannot change the status any more: the response
     * is cut short (a truncated CSV, an unreadable XLSX) and the error is logged.
     */
    public ResponseEntity<StreamingResponseBody> response(ExportFormat format) {
        String name = fileName + "." + format.extension();
        StreamingResponseBody body = out -> format.renderer().render(this, out);
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
