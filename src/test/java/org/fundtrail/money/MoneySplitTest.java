package org.fundtrail.money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneySplitTest {

    /** Tranche plans (60/40, 80/20, 100) and awkward amounts; each row ends in the parts expected. */
    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # total      | percentages | parts
            200000.00    | 60 40       | 120000.00 80000.00
            200000.00    | 80 20       | 160000.00 40000.00
            200000.00    | 100         | 200000.00
            0.01         | 60 40       | 0.00 0.01
            0.99         | 50 50       | 0.49 0.50
            1000.01      | 80 20       | 800.00 200.01
            100.00       | 33 33 34    | 33.00 33.00 34.00
            0.10         | 33 33 34    | 0.03 0.03 0.04
            0.00         | 60 40       | 0.00 0.00
            10.00        | 0 100       | 0.00 10.00
            """)
    void splitsByPercentagesTheLastTakingTheRemainder(String total, String percentages, String parts) {
        List<Integer> percents = Arrays.stream(percentages.split(" ")).map(Integer::valueOf).toList();
        List<Money> expected = Arrays.stream(parts.split(" ")).map(Money::parse).toList();
        assertThat(MoneySplit.byPercentages(Money.parse(total), percents)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            # percentages
            60 39
            60 41
            50 50 1
            101
            """)
    void percentagesMustAddUpTo100(String percentages) {
        List<Integer> percents = Arrays.stream(percentages.split(" ")).map(Integer::valueOf).toList();
        assertThatThrownBy(() -> MoneySplit.byPercentages(Money.parse("100.00"), percents))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noPercentagesIsRefused() {
        assertThatThrownBy(() -> MoneySplit.byPercentages(Money.parse("100.00"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A negative share would be a negative tranche: money paid back to the payer as part of a "split". */
    @Test
    void negativePercentagesAreRefused() {
        assertThatThrownBy(() -> MoneySplit.byPercentages(Money.parse("100.00"), List.of(150, -50)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void partsAlwaysAddUpToTheTotalExactly(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 100) long totalFen,
                                           @ForAll("percentages") List<Integer> percentages) {
        List<Money> parts = MoneySplit.byPercentages(Money.ofFen(totalFen), percentages);

        assertThat(parts).hasSameSizeAs(percentages);
        assertThat(parts.stream().mapToLong(Money::fen).sum()).isEqualTo(totalFen);
    }

    @Property
    void eachPartButTheLastIsTheFloorOfItsShare(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 100) long totalFen,
                                                @ForAll("percentages") List<Integer> percentages) {
        List<Money> parts = MoneySplit.byPercentages(Money.ofFen(totalFen), percentages);

        for (int i = 0; i < parts.size() - 1; i++) {
            long floor = Math.floorDiv(totalFen * percentages.get(i), 100);
            assertThat(parts.get(i).fen()).as("part %d of %s", i, percentages).isEqualTo(floor);
        }
        long last = parts.get(parts.size() - 1).fen();
        assertThat(last).isNotNegative();
        assertThat(last - Math.floorDiv(totalFen * percentages.get(parts.size() - 1), 100))
                .as("the last part takes at most one fen per other part on top of its own share")
                .isBetween(0L, (long) parts.size() - 1);
    }

    /** 1 to 10 whole percentages, each 0–100, adding up to 100: the gaps between sorted cut points on 0..100. */
    @Provide
    Arbitrary<List<Integer>> percentages() {
        return Arbitraries.integers().between(0, 100).list().ofMaxSize(9).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.sort(null);
            sorted.add(100);
            List<Integer> percents = new ArrayList<>();
            int previous = 0;
            for (int cut : sorted) {
                percents.add(cut - previous);
                previous = cut;
            }
            return percents;
        });
    }
}
