package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

import java.time.LocalDate;

/**
 * Commit money from one pool of a fund to an organisation's project.
 *
 * @param granteeCreditCode the organisation's 统一社会信用代码
 */
public record AwardGrant(@TargetAggregateIdentifier GrantId grantId, FundId fundId, String granteeCreditCode,
                         String granteeName, String project, Pool pool, Money amount, LocalDate effectiveDate) {
}
