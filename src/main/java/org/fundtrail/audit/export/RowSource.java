package org.fundtrail.audit.export;

import java.util.function.Consumer;

/**
 * The rows of an export, pushed one at a time to the renderer while it writes, so that no export needs all its rows
 * in memory. A source backed by the database ({@link JdbcCursor#rows}) holds a read-only transaction and a cursor
 * open for exactly as long as {@link #forEach} runs. A source may be read once only.
 */
@FunctionalInterface
public interface RowSource<T> {

    /** Hands every row, in order, to {@code row}; returns when there are no more. */
    void forEach(Consumer<? super T> row);

    /** Rows already in memory (a short report); use {@link JdbcCursor} for anything that grows with the ledger. */
    static <T> RowSource<T> of(Iterable<? extends T> rows) {
        return action -> rows.forEach(action);
    }
}
