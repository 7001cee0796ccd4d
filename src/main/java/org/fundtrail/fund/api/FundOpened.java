package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record FundOpened(FundId fundId, CharityId charityId, String name, String community,
                         List<RestrictedPurpose> purposes, Money yearlyTarget, LocalDate effectiveDate) {
}
