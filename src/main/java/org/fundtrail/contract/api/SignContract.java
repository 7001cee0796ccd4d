package org.fundtrail.contract.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.StarRating;

/** Sign a service contract for a community with a contractor; its tranche plan comes from the programme's policy. */
public record SignContract(@TargetAggregateIdentifier ContractId contractId, ProgrammeId programmeId, HolderId fundingHolder, OrganisationId organisationId, String community, String county, int year, Money amount, List<BudgetLine> budget, StarRating rating, List<PlannedProject> usagePlan, LocalDate startDate, LocalDate endDate, LocalDate effectiveDate) {
}
