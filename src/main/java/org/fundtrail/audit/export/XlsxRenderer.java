package org.fundtrail.audit.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Office Open XML spreadsheet written by fastexcel, flushed every {@value #FLUSH_EVERY} rows, so memory does not grow
 * with the number of rows. Header row in Chinese and English, bold and frozen; amounts are numeric cells with the
 * format 0.00 written from the exact decimal ({@code BigDecimal} of the fen, never a double); dates are date cells;
 * text is written inline (no shared-string table to hold in memory). A sheet holds at most 1,048,576 rows, as Excel
 * does: beyond that the rows continue on "name (2)", "name (3)", ... each with its own header.
 */
public final class XlsxRenderer implements Renderer {

    static final int FLUSH_EVERY = 1000;
    static final String MONEY_FORMAT = "0.00";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private final int maxRowsPerSheet;

    public XlsxRenderer() {
        this(Worksheet.MAX_ROWS);
    }

    /** For tests of the overflow onto a further sheet. */
    XlsxRenderer(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    @Override
    public <T> void render(TabularExport<T> export, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(new KeepOpen(out), "Fundtrail", "1.0");
        Sheets<T> sheets = new Sheets<>(workbook, export);
        try {
            export.rows().forEach(row -> {
                try {
                    sheets.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheets.finish();
        workbook.finish();
        out.flush();
    }

    private final class Sheets<T> {
        private final Workbook workbook;
        private final TabularExport<T> export;
        private final List<Column<T>> columns;
        private Worksheet sheet;
        private int sheetNumber;
        private int row;

        Sheets(Workbook workbook, TabularExport<T> export) {
            this.workbook = workbook;
            this.export = export;
            this.columns = export.columns();
            open();
        }

        private void open() {
            sheetNumber++;
            String suffix = sheetNumber == 1 ? "" : " (" + sheetNumber + ")";
            String base = export.sheetName();
            sheet = workbook.newWorksheet(base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                sheet.width(c, Math.max(column.width(), Math.min(60, column.header().length() + 4)));
                sheet.inlineString(0, c, column.header());
                sheet.style(0, c).bold().wrapText(true).set();
            }
            sheet.freezePane(0, 1);
            row = 1;
        }

        void write(T value) throws IOException {
            if (row >= maxRowsPerSheet) {
                sheet.finish();
                open();
            }
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                cell(row, c, column.type(), column.valueOf(value));
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        private void cell(int r, int c, ColumnType type, Object value) {
            if (value == null) {
                return;
            }
            switch (type) {
                case TEXT -> sheet.inlineString(r, c, value.toString());
                case INTEGER -> sheet.value(r, c, (Number) value);
                case MONEY -> {
                    sheet.value(r, c, CsvRenderer.money(value));
                    sheet.style(r, c).format(MONEY_FORMAT).set();
                }
                case DATE -> {
                    sheet.value(r, c, (LocalDate) value);
                    sheet.style(r, c).format(DATE_FORMAT).set();
                }
                case INSTANT -> sheet.inlineString(r, c, ((Instant) value).toString());
            }
        }

        void finish() throws IOException {
            sheet.finish();
        }
    }

    /** fastexcel closes the zip stream at the end; the response stream is the caller's to close. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
