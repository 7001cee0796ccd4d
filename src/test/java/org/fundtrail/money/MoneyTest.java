package org.fundtrail.money;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    /** Each row ends in the amount in fen it must parse to. */
    @ParameterizedTest(name = "\"{0}\" -> {1} fen")
    @CsvSource(delimiter = '|', textBlock = """
            # text                  | fen
            1234                    | 123400
            1234.5                  | 123450
            1234.50                 | 123450
            0.01                    | 1
            0                       | 0
            0.00                    | 0
            -1.50                   | -150
            '  7.00 '               | 700
            1.500                   | 150
            200000.00               | 20000000
            92233720368547758.07    | 9223372036854775807
            """)
    void parsesYuanToTheFen(String text, long fen) {
        assertThat(Money.parse(text)).isEqualTo(Money.ofFen(fen));
    }

    /** More than two decimals is refused, never rounded; each row is refused. */
    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"1.005", "0.001", "100.999", "0.0000001", "1e-3", "abc", "1,000.00", "12.3.4", "¥100",
            "100元", "1 000", "--1", "0x10", "NaN", "Infinity", "92233720368547758.08", "-92233720368547758.09"})
    void refusesWhatIsNotAnAmountToTheFen(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The refusal says what is wrong: a fraction of a fen, not a number too large or not a number. */
    @ParameterizedTest(name = "\"{0}\" is refused for its decimals")
    @ValueSource(strings = {"1.005", "0.001", "-0.001", "100.999"})
    void aFractionOfAFenIsRefusedAsSuch(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than two decimal places");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n"})
    void refusesBlanks(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} fen -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # fen        | text
            20000000     | 200000.00
            5            | 0.05
            0            | 0.00
            -150         | -1.50
            """)
    void formatsAsYuanWithTwoDecimals(long fen, String text) {
        assertThat(Money.ofFen(fen)).hasToString(text);
    }

    @Property
    void formattingThenParsingGivesTheSameAmount(@ForAll long fen) {
        Money money = Money.ofFen(fen);
        assertThat(money.toString()).matches("-?\\d+\\.\\d{2}");
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Property
    void parsingThenFormattingGivesTwoDecimalsOfTheSameValue(@ForAll("yuanTexts") String text) {
        assertThat(new BigDecimal(Money.parse(text).toString())).isEqualByComparingTo(new BigDecimal(text));
    }

    /** Any amount with a non-zero third (or later) decimal is refused, whatever comes before it. */
    @Property
    void aThirdDecimalIsRefused(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen,
                                @ForAll @IntRange(min = 1, max = 9) int thirdDecimal,
                                @ForAll @IntRange(min = 0, max = 6) int zerosAfter) {
        String text = Money.ofFen(fen).toString() + thirdDecimal + "0".repeat(zerosAfter);
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> yuanTexts() {
        Arbitrary<Long> yuan = Arbitraries.longs().between(0, 999_999_999_999L);
        Arbitrary<String> decimals = Arbitraries.of("", ".0", ".5", ".00", ".05", ".50", ".99", ".990", ".1000");
        return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-"), yuan, decimals).as((sign, y, d) -> sign + y + d);
    }

    @Test
    void arithmeticStaysInFen() {
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.parse("100.00").minus(Money.parse("0.01"))).isEqualTo(Money.parse("99.99"));
        assertThat(Money.parse("12.34").negate()).isEqualTo(Money.parse("-12.34"));
        assertThat(Money.ofYuan(50_000)).isEqualTo(Money.parse("50000.00"));
        assertThat(Money.parse("0.01").isPositive()).isTrue();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.parse("-0.01").isNegative()).isTrue();
        assertThat(Money.parse("100.01").isGreaterThan(Money.parse("100.00"))).isTrue();
        assertThat(Money.parse("100.00").isGreaterThan(Money.parse("100.00"))).isFalse();
    }

    @Test
    void overflowIsAnErrorNeverAWrapAround() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 100 + 1)).isInstanceOf(ArithmeticException.class);
    }

    /** Unit value × quantity, rounded half-up to the fen. Each row ends in the value. */
    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # unit value | quantity | value
            59.90        | 10       | 599.00
            3.33         | 2.5      | 8.33
            0.03         | 1.5      | 0.05
            0.01         | 0.5      | 0.01
            0.01         | 0.49     | 0.00
            333.33       | 0.3      | 100.00
            1.00         | 1.005    | 1.01
            1.00         | 1.0049   | 1.00
            """)
    void timesRoundsHalfUpToTheFen(String unitValue, String quantity, String value) {
        assertThat(Money.parse(unitValue).times(new BigDecimal(quantity))).isEqualTo(Money.parse(value));
    }

    @Test
    void jsonIsADecimalStringNeverAFloat() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Money.parse("200000.00"))).isEqualTo("\"200000.00\"");
        assertThat(json.readValue("\"0.05\"", Money.class)).isEqualTo(Money.ofFen(5));
        assertThatThrownBy(() -> json.readValue("\"0.005\"", Money.class)).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurrencyIsTheYuan() {
        assertThat(Money.CURRENCY.getCurrencyCode()).isEqualTo("CNY");
    }
}
