package org.fundtrail.transparency.opendata;

import org.fundtrail.money.Money;

import java.time.LocalDate;

/**
 * One row of the open transactions (docs/open-data.md, "transactions"): a fact of the public read model, never a
 * person. {@code amount} is positive; {@link #iatiValue()} carries the IATI sign.
 *
 * @param date     when it happened; null where the public read model keeps a running total without dates
 * @param level    for allocations, how far down the channel the receiver is (1: a district under the root bureau)
 * @param count    for aggregated donations, how many gifts the row adds up
 */
public record OpenTransaction(String id, TransactionKind kind, LocalDate date, Money amount, String programmeId,
                              String programmeName, String contractId, String fundId, String fundName,
                              String providerId, String providerName, String receiverId, String receiverName,
                              String category, Integer level, Integer count) {

    public long amountFen() {
        return amount.fen();
    }

    public Money iatiValue() {
        return kind.iatiSign() < 0 ? amount.negate() : amount;
    }
}
