package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

import java.time.LocalDate;

@Revision("1")
public record GrantPaid(GrantId grantId, FundId fundId, String granteeCreditCode, int paymentNumber, Money amount,
                        LocalDate effectiveDate) {
}
