package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;

import java.time.LocalDate;

/** Pay (part of) an awarded grant to the grantee; payments are numbered 1, 2, … by the client. */
public record PayGrant(@TargetAggregateIdentifier GrantId grantId, FundId fundId, int paymentNumber, Money amount,
                       LocalDate effectiveDate) {
}
