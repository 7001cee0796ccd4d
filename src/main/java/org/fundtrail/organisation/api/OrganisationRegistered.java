package org.fundtrail.organisation.api;

import org.axonframework.serialization.Revision;

/** A contractor organisation was registered. */
@Revision("1")
public record OrganisationRegistered(OrganisationId organisationId, String name, String creditCode) {
}
