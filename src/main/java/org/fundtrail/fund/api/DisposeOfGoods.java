package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Distribute donated goods to beneficiaries, or sell them.
 *
 * @param proceeds   the cash a sale brought (null when distributed)
 * @param recipient  who received distributed goods (a description, e.g. "和平街道 12 户困难老人"), or the buyer
 */
public record DisposeOfGoods(@TargetAggregateIdentifier DonationId donationId, FundId fundId, DisposalId disposalId, int line,
                             BigDecimal quantity, Disposal disposal, Money proceeds, String recipient,
                             LocalDate effectiveDate) {
}
