package org.fundtrail.money;

import java.util.ArrayList;
import java.util.List;

/** Splits an amount by percentages so that the parts add up to the whole, to the fen. */
public final class MoneySplit {

    private MoneySplit() {
    }

    /**
     * Each part but the last is {@code total × percent / 100} rounded down to the fen; the last part takes
     * the remainder, so the sum is always exactly {@code total}.
     */
    public static List<Money> byPercentages(Money total, List<Integer> percentages) {
        if (percentages.isEmpty() || percentages.stream().anyMatch(p -> p < 0)
                || percentages.stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalArgumentException("percentages must be given, none negative, and add up to 100: " + percentages);
        }
        List<Money> parts = new ArrayList<>();
        long allocated = 0;
        for (int i = 0; i < percentages.size() - 1; i++) {
            long part = Math.multiplyExact(total.fen(), percentages.get(i)) / 100;
            parts.add(Money.ofFen(part));
            allocated += part;
        }
        parts.add(Money.ofFen(total.fen() - allocated));
        return List.copyOf(parts);
    }
}
