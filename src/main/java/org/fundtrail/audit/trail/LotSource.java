package org.fundtrail.audit.trail;

import java.util.List;

/**
 * Answers FIFO attribution questions about accounts, many at once (one round trip per hop of a trail).
 *
 * <p>Within one account, inflows (debits) and outflows (credits) are each laid end to end in journal order, so each
 * occupies an interval of the account's cumulative inflows or outflows. FIFO ("each outflow consumes the oldest
 * remaining lots") then means: an outflow occupying [a, b) of cumulative outflows consumed exactly the inflows that
 * overlap [a, b) of cumulative inflows.
 */
interface LotSource {

    /**
     * Part {@code [from, to)} of {@code move}'s own amount, as it leaves (backward) or enters (forward) {@code account}.
     */
    record Slice(String account, Move move, long from, long to) {
    }

    /** Part {@code [from, to)} (in fen, within the move's own amount) of a move. */
    record Piece(Move move, long from, long to) {
        long length() {
            return to - from;
        }
    }

    /**
     * For each slice of a posting that credited {@code slice.account()}: the inflows (debits) of that account it
     * consumed, in journal order, each as a part of the inflow's amount. Pieces cover less than the slice only when
     * the account's inflows do not cover it (an overdraft).
     */
    List<List<Piece>> inflowsConsumedBy(List<Slice> outflows);

    /**
     * For each slice of a posting that debited {@code slice.account()}: the later outflows (credits) of that account
     * that consumed it, in journal order, each as a part of the outflow's amount. What they leave uncovered is still
     * held in the account.
     */
    List<List<Piece>> outflowsConsuming(List<Slice> inflows);
}
