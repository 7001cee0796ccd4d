package org.fundtrail.organisation.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CharityRegistered(CharityId charityId, String name, String creditCode) {
}
