package org.fundtrail.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of Chinese yuan, held as a whole number of fen so that no rounding ever happens in a sum.
 * In JSON it is a decimal string with two places ({@code "200000.00"}), never a binary floating point number.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Currency CURRENCY = Currency.getInstance("CNY");
    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100));
    }

    /**
     * Parses "1234", "1234.5" or "1234.50". More than two decimal places is refused rather than rounded:
     * a ledger that silently rounds what it was told is a ledger nobody can reconcile.
     */
    @JsonCreator
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an amount is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an amount; write yuan with at most two decimals, e.g. 100.00");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("'" + text + "' has more than two decimal places; amounts are kept to the fen");
        }
        try {
            return new Money(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large an amount");
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /** Value of {@code quantity} units at this unit price, rounded half-up to the fen. */
    public Money times(BigDecimal quantity) {
        BigDecimal exact = BigDecimal.valueOf(fen).multiply(quantity);
        return new Money(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    @JsonValue
    @Override
    public String toString() {
        return toYuan().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }
}
