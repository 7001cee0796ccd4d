package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Donated goods went to beneficiaries; their book value leaves the fund's goods. */
@Revision("1")
public record GoodsDistributed(DonationId donationId, DisposalId disposalId, FundId fundId, int line,
                               BigDecimal quantity, Money bookValue, String recipient, LocalDate effectiveDate) {
}
