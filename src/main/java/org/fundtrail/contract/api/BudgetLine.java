package org.fundtrail.contract.api;

import org.fundtrail.money.Money;

/** One line of a contract's budget: what a category may spend. */
public record BudgetLine(String category, Money amount) {
}
