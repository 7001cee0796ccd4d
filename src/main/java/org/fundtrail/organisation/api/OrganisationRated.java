package org.fundtrail.organisation.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record OrganisationRated(OrganisationId organisationId, String rating, LocalDate effectiveDate) {
}
