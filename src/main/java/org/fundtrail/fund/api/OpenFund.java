package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;

import java.time.LocalDate;
import java.util.List;

/** Open a community fund (社区基金) under a host charity for one street or community. */
public record OpenFund(@TargetAggregateIdentifier FundId fundId, CharityId charityId, String name, String community,
                       List<RestrictedPurpose> purposes, Money yearlyTarget, LocalDate effectiveDate) {
}
