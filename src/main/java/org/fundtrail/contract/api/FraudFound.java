package org.fundtrail.contract.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.ProgrammeId;

/** Fraud was found: the money held is clawed back, the contract ends, and the organisation is barred until {@code debarredUntil}. */
@Revision("1")
public record FraudFound(ContractId contractId, ProgrammeId programmeId, OrganisationId organisationId, String finding, boolean publish, LocalDate debarredUntil, LocalDate effectiveDate) {
}
