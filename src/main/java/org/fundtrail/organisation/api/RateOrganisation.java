package org.fundtrail.organisation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record an organisation's assessed rating (e.g. 社会组织评估等级 "5A"); contracts may require one. */
public record RateOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, String rating,
                               LocalDate effectiveDate) {
}
