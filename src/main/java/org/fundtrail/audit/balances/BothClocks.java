package org.fundtrail.audit.balances;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A point on the ledger's two clocks: the business date postings take effect ({@code effective_date <= asOf}) and
 * what had been recorded by then ({@code recorded_at <= knownAt}). A back-dated entry recorded later changes what
 * is effective at an earlier date, but not what was known before it was recorded.
 */
public record BothClocks(LocalDate asOf, Instant knownAt) {

    /**
     * From request parameters: {@code asOf} defaults to today, {@code knownAt} to now. {@code knownAt} is an ISO
     * instant ({@code 2026-04-01T00:00:00Z}) or a date-time with an offset ({@code 2026-04-01T08:00:00+08:00}).
     */
    public static BothClocks of(LocalDate asOf, String knownAt, Clock clock) {
        return new BothClocks(asOf == null ? LocalDate.now(clock) : asOf, knownAt(knownAt, clock));
    }

    /** The same from values already read: {@code asOf} null for today, {@code knownAt} null for now. */
    public static BothClocks at(LocalDate asOf, Instant knownAt, Clock clock) {
        return new BothClocks(asOf == null ? LocalDate.now(clock) : asOf, knownAt == null ? clock.instant() : knownAt);
    }

    static Instant knownAt(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeException notAnInstant) {
            try {
                return OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("knownAt must be an ISO instant such as 2026-04-01T00:00:00Z, got '" + text + "'");
            }
        }
    }
}
