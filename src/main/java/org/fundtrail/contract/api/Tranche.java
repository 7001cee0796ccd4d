package org.fundtrail.contract.api;

import org.fundtrail.money.Money;
import org.fundtrail.programme.api.TrancheCondition;

/** One tranche of a contract's plan, from the programme policy; the last one takes the rounding remainder. */
public record Tranche(int number, int percent, Money amount, TrancheCondition condition) {
}
