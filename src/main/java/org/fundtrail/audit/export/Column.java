package org.fundtrail.audit.export;

import org.fundtrail.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a {@link TabularExport}: its header in Chinese and English, what it holds and how to read it from a
 * row. Make them with the factories ({@link #money}, {@link #date}, ...) so the value's Java type matches the type.
 *
 * @param width the XLSX column width in characters
 */
public record Column<T>(String chinese, String english, ColumnType type, Function<? super T, ?> value, int width) {

    public Column {
        Objects.requireNonNull(chinese);
        Objects.requireNonNull(english);
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
    }

    /**
     * "记账日期 / effective date": the same header row in CSV and XLSX; only the English name when there is no Chinese
     * one (columns named by a standard, such as 360Giving's "Amount Awarded", or by a documented schema).
     */
    public String header() {
        return chinese.isEmpty() ? english : chinese + " / " + english;
    }

    /** This column's value in a row; null for an empty cell. */
    public Object valueOf(T row) {
        return value.apply(row);
    }

    public static <T> Column<T> text(String chinese, String english, Function<? super T, String> value) {
        return new Column<>(chinese, english, ColumnType.TEXT, value, 24);
    }

    public static <T> Column<T> text(String chinese, String english, int width, Function<? super T, String> value) {
        return new Column<>(chinese, english, ColumnType.TEXT, value, width);
    }

    public static <T> Column<T> integer(String chinese, String english, Function<? super T, ? extends Number> value) {
        return new Column<>(chinese, english, ColumnType.INTEGER, value, 14);
    }

    public static <T> Column<T> money(String chinese, String english, Function<? super T, Money> value) {
        return new Column<>(chinese, english, ColumnType.MONEY, value, 18);
    }

    public static <T> Column<T> date(String chinese, String english, Function<? super T, LocalDate> value) {
        return new Column<>(chinese, english, ColumnType.DATE, value, 14);
    }

    public static <T> Column<T> instant(String chinese, String english, Function<? super T, Instant> value) {
        return new Column<>(chinese, english, ColumnType.INSTANT, value, 26);
    }
}
