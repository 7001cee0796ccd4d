package org.fundtrail.audit.trail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * FIFO lot arithmetic on one account's flows laid end to end: the reference definition that {@link SqlLots} computes
 * with windowed running sums, and that {@link InMemoryLots} uses as is.
 */
final class Fifo {

    private Fifo() {
    }

    /** A flow occupying {@code [start, start + amount)} of its account's cumulative inflows or outflows. */
    record Positioned(Move move, long start) {
        long end() {
            return start + move.amount().fen();
        }
    }

    /** Running sums: each flow starts where the previous one ended. {@code flows} must be in journal order. */
    static List<Positioned> position(List<Move> flows) {
        List<Positioned> positioned = new ArrayList<>(flows.size());
        long start = 0;
        for (Move move : flows) {
            positioned.add(new Positioned(move, start));
            start = Math.addExact(start, move.amount().fen());
        }
        return positioned;
    }

    /** The parts of the flows overlapping {@code [lo, hi)}, each as a sub-range of the flow's own amount, in order. */
    static List<LotSource.Piece> overlapping(List<Positioned> flows, long lo, long hi) {
        if (hi <= lo || flows.isEmpty()) {
            return List.of();
        }
        // first flow ending after lo
        int low = 0, high = flows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (flows.get(mid).end() <= lo) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<LotSource.Piece> pieces = new ArrayList<>();
        for (int i = low; i < flows.size() && flows.get(i).start() < hi; i++) {
            Positioned flow = flows.get(i);
            long from = Math.max(lo, flow.start()) - flow.start();
            long to = Math.min(hi, flow.end()) - flow.start();
            if (to > from) {
                pieces.add(new LotSource.Piece(flow.move(), from, to));
            }
        }
        return pieces.isEmpty() ? List.of() : Collections.unmodifiableList(pieces);
    }
}
