package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

import java.time.LocalDate;

/** Money left a pool, committed to a grantee's project; it is paid out by {@link GrantPaid}. */
@Revision("1")
public record GrantAwarded(GrantId grantId, FundId fundId, String granteeCreditCode, String granteeName,
                           String project, Pool pool, Money amount, LocalDate effectiveDate) {
}
