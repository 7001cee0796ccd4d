package org.fundtrail.fund.receipt;

import org.fundtrail.money.Money;

/**
 * An amount in Chinese capital numerals (人民币大写), as receipts and cheques write it so that no figure can be
 * altered: 1234.56 is 壹仟贰佰叁拾肆元伍角陆分. Follows the 《支付结算办法》 conventions: 壹拾 (never a bare 拾),
 * one 零 for a run of zeros inside the number, and 整 after an amount that ends at 元 or 角.
 */
final class CapitalAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final int[] PLACE_VALUES = {1, 10, 100, 1000};
    private static final String[] GROUPS = {"", "万", "亿"};
    private static final long LIMIT_YUAN = 1_0000_0000_0000L;

    private CapitalAmount() {
    }

    static String of(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a receipt amount is never negative: " + amount);
        }
        long yuan = amount.fen() / 100;
        int jiao = (int) (amount.fen() / 10 % 10);
        int fen = (int) (amount.fen() % 10);
        if (yuan >= LIMIT_YUAN) {
            throw new IllegalArgumentException("amounts up to 9999,9999,9999.99 yuan are written in capitals: " + amount);
        }
        StringBuilder text = new StringBuilder(yuanPart(yuan));
        if (yuan > 0) {
            text.append('元');
        }
        if (jiao == 0 && fen == 0) {
            return yuan == 0 ? "零元整" : text.append('整').toString();
        }
        if (jiao > 0) {
            text.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            text.append('零');
        }
        if (fen > 0) {
            text.append(DIGITS[fen]).append('分');
        } else {
            text.append('整');
        }
        return text.toString();
    }

    /** The yuan in groups of four digits (万, 亿); a zero group or a short group after a higher one reads 零. */
    private static String yuanPart(long yuan) {
        StringBuilder text = new StringBuilder();
        boolean zeroPending = false;
        for (int group = GROUPS.length - 1; group >= 0; group--) {
            int value = (int) (yuan / pow10000(group) % 10000);
            if (value == 0) {
                zeroPending = text.length() > 0;
                continue;
            }
            if (text.length() > 0 && (zeroPending || value < 1000)) {
                text.append('零');
            }
            text.append(fourDigits(value)).append(GROUPS[group]);
            zeroPending = false;
        }
        return text.toString();
    }

    private static String fourDigits(int value) {
        StringBuilder text = new StringBuilder();
        boolean zeroPending = false;
        for (int place = 3; place >= 0; place--) {
            int digit = value / PLACE_VALUES[place] % 10;
            if (digit == 0) {
                zeroPending = text.length() > 0;
                continue;
            }
            if (zeroPending) {
                text.append('零');
                zeroPending = false;
            }
            text.append(DIGITS[digit]).append(PLACES[place]);
        }
        return text.toString();
    }

    private static long pow10000(int group) {
        long result = 1;
        for (int i = 0; i < group; i++) {
            result *= 10000;
        }
        return result;
    }
}
