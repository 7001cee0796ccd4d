package org.fundtrail.audit.trail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** FIFO attribution over a journal held in memory: the definition, for tests and for small journals. */
final class InMemoryLots implements LotSource {

    private final Map<String, List<Fifo.Positioned>> inflows = new HashMap<>();
    private final Map<String, List<Fifo.Positioned>> outflows = new HashMap<>();
    private final Map<String, Long> inflowStart = new HashMap<>();
    private final Map<String, Long> outflowStart = new HashMap<>();

    InMemoryLots(List<Move> journal) {
        List<Move> ordered = new ArrayList<>(journal);
        ordered.sort(Move::compareInJournalOrder);
        Map<String, List<Move>> debits = new HashMap<>();
        Map<String, List<Move>> credits = new HashMap<>();
        for (Move move : ordered) {
            debits.computeIfAbsent(move.debitAccount(), a -> new ArrayList<>()).add(move);
            credits.computeIfAbsent(move.creditAccount(), a -> new ArrayList<>()).add(move);
        }
        debits.forEach((account, moves) -> {
            List<Fifo.Positioned> positioned = Fifo.position(moves);
            inflows.put(account, positioned);
            positioned.forEach(p -> inflowStart.put(p.move().key(), p.start()));
        });
        credits.forEach((account, moves) -> {
            List<Fifo.Positioned> positioned = Fifo.position(moves);
            outflows.put(account, positioned);
            positioned.forEach(p -> outflowStart.put(p.move().key(), p.start()));
        });
    }

    @Override
    public List<List<Piece>> inflowsConsumedBy(List<Slice> slices) {
        List<List<Piece>> answers = new ArrayList<>(slices.size());
        for (Slice slice : slices) {
            Long start = slice.move().creditAccount().equals(slice.account()) ? outflowStart.get(slice.move().key()) : null;
            answers.add(start == null ? List.of() : Fifo.overlapping(inflows.getOrDefault(slice.account(), List.of()),
                    start + slice.from(), start + slice.to()));
        }
        return answers;
    }

    @Override
    public List<List<Piece>> outflowsConsuming(List<Slice> slices) {
        List<List<Piece>> answers = new ArrayList<>(slices.size());
        for (Slice slice : slices) {
            Long start = slice.move().debitAccount().equals(slice.account()) ? inflowStart.get(slice.move().key()) : null;
            answers.add(start == null ? List.of() : Fifo.overlapping(outflows.getOrDefault(slice.account(), List.of()),
                    start + slice.from(), start + slice.to()));
        }
        return answers;
    }
}
