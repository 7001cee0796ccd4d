package org.fundtrail.audit.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fundtrail.money.Money;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (EF BB BF), so that Excel opens Chinese text correctly; a header row;
 * amounts as decimal strings with two places ("1234.50"), dates ISO ("2026-03-31"), instants ISO UTC.
 */
public final class CsvRenderer implements Renderer {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public <T> void render(TabularExport<T> export, OutputStream out) throws IOException {
        List<Column<T>> columns = export.columns();
        out.write(BOM);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(Column::header).toArray(String[]::new))
                .get();
        // not closed: closing would close the response stream, which belongs to the caller
        CSVPrinter printer = new CSVPrinter(writer, format);
        Object[] values = new Object[columns.size()];
        try {
            export.rows().forEach(row -> {
                for (int i = 0; i < values.length; i++) {
                    Column<T> column = columns.get(i);
                    values[i] = text(column.type(), column.valueOf(row));
                }
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    static String text(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> guardFormula(value.toString());
            case INTEGER -> value.toString();
            case MONEY -> money(value).toPlainString();
            case DATE -> ((LocalDate) value).toString();
            case INSTANT -> ((Instant) value).toString();
        };
    }

    /** Exactly two places, from the fen; never through a binary floating point number. */
    static BigDecimal money(Object value) {
        if (value instanceof Money money) {
            return money.toYuan();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(2, RoundingMode.UNNECESSARY);
        }
        throw new IllegalArgumentException("a money column holds Money, not " + value.getClass().getSimpleName());
    }

    /**
     * Text a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) is prefixed with an
     * apostrophe (OWASP "CSV injection"). Amounts, dates and numbers are never text, so a negative balance is untouched.
     */
    static String guardFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
