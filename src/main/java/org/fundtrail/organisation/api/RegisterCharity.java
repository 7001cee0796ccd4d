package org.fundtrail.organisation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a public-fundraising charity that can host community funds. */
public record RegisterCharity(@TargetAggregateIdentifier CharityId charityId, String name, String creditCode) {
}
