package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Donated goods were sold: their book value leaves the goods, the proceeds enter {@code pool}, and the difference
 * is a gain (proceeds above book value) or a loss.
 */
@Revision("1")
public record GoodsSold(DonationId donationId, DisposalId disposalId, FundId fundId, int line, BigDecimal quantity,
                        Money bookValue, Money proceeds, Pool pool, String recipient, LocalDate effectiveDate) {

    /** Positive for a gain, negative for a loss. */
    public Money gain() {
        return proceeds.minus(bookValue);
    }
}
