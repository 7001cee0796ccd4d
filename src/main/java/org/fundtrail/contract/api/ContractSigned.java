package org.fundtrail.contract.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.StarRating;

/**
 * A service contract was signed; its money was earmarked by {@code ContractFunded}. It carries the policy terms that
 * bind it (tranche plan, forbidden categories, debarment years) as they were at signing, so a later edit of the
 * policy file does not change a signed contract.
 */
@Revision("1")
public record ContractSigned(ContractId contractId, ProgrammeId programmeId, String policyId, HolderId fundingHolder, OrganisationId organisationId, String community, String county, int year, Money amount, List<BudgetLine> budget, List<Tranche> tranches, List<String> forbiddenCategories, int fraudDebarmentYears, StarRating rating, List<PlannedProject> usagePlan, LocalDate startDate, LocalDate endDate, LocalDate effectiveDate) {
}
