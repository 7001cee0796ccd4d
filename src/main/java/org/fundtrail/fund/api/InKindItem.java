package org.fundtrail.fund.api;

import org.fundtrail.money.Money;

import java.math.BigDecimal;

/** One line of donated goods, with its converted value: quantity × unit value, rounded half-up to the fen. */
public record InKindItem(int line, String description, BigDecimal quantity, String unit, Money unitValue, Money value) {
}
