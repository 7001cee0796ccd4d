package org.fundtrail.organisation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Bar an organisation from new contracts until {@code until} (exclusive), e.g. three years after a fraud finding.
 *
 * @param reference what caused it (e.g. the contract whose fraud finding triggered it)
 */
public record DebarOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, LocalDate until,
                                String reason, String reference, LocalDate effectiveDate) {
}
