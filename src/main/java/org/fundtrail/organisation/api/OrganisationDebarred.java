package org.fundtrail.organisation.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The organisation may sign no new contract before {@code until}. A later debarment that ends later extends it. */
@Revision("1")
public record OrganisationDebarred(OrganisationId organisationId, LocalDate until, String reason, String reference,
                                   LocalDate effectiveDate) {
}
