package org.fundtrail.journal;

import org.fundtrail.money.Money;

/**
 * One leg of a journal entry: {@code amount} moves from {@code creditAccount} to {@code debitAccount}. Balances are
 * debit-positive, so every posting adds zero to the sum of all balances.
 */
public record Posting(String debitAccount, String creditAccount, Money amount, String code) {

    public Posting {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a posting moves a positive amount, got " + amount);
        }
        if (debitAccount.equals(creditAccount)) {
            throw new IllegalArgumentException("a posting moves money between two accounts, got " + debitAccount + " twice");
        }
    }
}
