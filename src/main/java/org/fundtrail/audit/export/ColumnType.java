package org.fundtrail.audit.export;

/** What a column holds, which decides how each renderer writes it. */
public enum ColumnType {
    /** Free text: a string cell in XLSX; in CSV guarded against spreadsheet formula injection. */
    TEXT,
    /** A whole number (a global index, a leg): a numeric cell. */
    INTEGER,
    /** {@link org.fundtrail.money.Money}: "1234.50" in CSV, a numeric cell formatted 0.00 in XLSX. */
    MONEY,
    /** {@link java.time.LocalDate}: ISO in CSV, a date cell formatted yyyy-mm-dd in XLSX. */
    DATE,
    /** {@link java.time.Instant}: ISO-8601 UTC text in both (a spreadsheet has no time zones). */
    INSTANT
}
