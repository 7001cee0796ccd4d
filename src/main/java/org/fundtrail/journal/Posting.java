package org.fundtrail.journal;

import org.fundtrail.money.Money;

/**
 * One leg of a journal entry: {@code amount} moves from {@code creditAccount} to {@code debitAccount}. Balances are
 * debit-positive, so every posting adds zero to the sum of all balances.
 *
 * @param reference what within its stream the posting is about, where the account names do not say it: the tranche
 *                  number, the expenditure, clawback, allocation, appropriation or return id; null when the accounts
 *                  say it all. Statements group by it.
 */
public record Posting(String debitAccount, String creditAccount, Money amount, String code, String reference) {

    public Posting {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a posting moves a positive amount, got " + amount);
        }
        if (debitAccount.equals(creditAccount)) {
            throw new IllegalArgumentException("a posting moves money between two accounts, got " + debitAccount + " twice");
        }
    }

    /** A posting whose accounts say all there is to say about it. */
    public Posting(String debitAccount, String creditAccount, Money amount, String code) {
        this(debitAccount, creditAccount, amount, code, null);
    }
}
