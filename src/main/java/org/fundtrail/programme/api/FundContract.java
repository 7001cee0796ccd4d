package org.fundtrail.programme.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;

/** Commit a holder's money to a new service contract, checking the programme's limits on the contractor (sent together with SignContract). */
public record FundContract(@TargetAggregateIdentifier ProgrammeId programmeId, ContractId contractId, HolderId fundingHolder, OrganisationId organisationId, String county, int year, Money amount, StarRating rating, LocalDate effectiveDate) {
}
