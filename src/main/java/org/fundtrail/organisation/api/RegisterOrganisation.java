package org.fundtrail.organisation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a contractor organisation with its 统一社会信用代码. */
public record RegisterOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, String name,
                                   String creditCode) {
}
