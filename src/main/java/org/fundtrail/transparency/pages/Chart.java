package org.fundtrail.transparency.pages;

import org.fundtrail.money.Money;

import java.util.List;

/**
 * What a chart on a public page draws, handed to {@code js/public-charts.js} as JSON in a {@code data-chart}
 * attribute (the Content-Security-Policy allows no inline script). Amounts go as decimal yuan strings ("1234.56"),
 * never as binary floating point; the script turns them into numbers only to draw.
 */
record Chart(String type, List<String> labels, List<Series> series) {

    record Series(String label, List<String> values) {
    }

    static Series series(String label, List<Money> amounts) {
        return new Series(label, amounts.stream().map(Money::toString).toList());
    }
}
