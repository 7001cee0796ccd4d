package org.fundtrail.audit.trail;

import org.fundtrail.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the journal's {@code posting} table as a trail shows it: {@code amount} moved from {@code creditAccount}
 * to {@code debitAccount} by one leg of one event, with who did it, in which request, on which business date and when
 * it was recorded.
 */
public record Move(String eventId, int leg, long globalIndex, String eventType, String code, String debitAccount,
                   String creditAccount, Money amount, LocalDate effectiveDate, Instant recordedAt, String actor,
                   String requestId, String reference) {

    /** The order of the journal, which FIFO attribution follows: global index, then leg, then event id. */
    static int compareInJournalOrder(Move a, Move b) {
        int order = Long.compare(a.globalIndex, b.globalIndex);
        if (order == 0) {
            order = Integer.compare(a.leg, b.leg);
        }
        return order != 0 ? order : a.eventId.compareTo(b.eventId);
    }

    String key() {
        return eventId + "/" + leg;
    }
}
