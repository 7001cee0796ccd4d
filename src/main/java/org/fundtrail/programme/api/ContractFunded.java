package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;

/** The contract's whole amount was earmarked from the funding holder (专款专用): it can pay only this contract. */
@Revision("1")
public record ContractFunded(ProgrammeId programmeId, ContractId contractId, HolderId fundingHolder, OrganisationId organisationId, String county, int year, Money amount, LocalDate effectiveDate) {
}
