package org.fundtrail.programme;

import org.fundtrail.programme.api.FundContract;
import org.fundtrail.programme.api.ProgrammePolicy;

import java.util.Collection;
import java.util.function.Predicate;

import static org.fundtrail.programme.Programme.violation;
import static org.fundtrail.programme.api.ProgrammeErrorCode.AMOUNT_NOT_AS_POLICY;
import static org.fundtrail.programme.api.ProgrammeErrorCode.DISTRICT_PROJECT_LIMIT;
import static org.fundtrail.programme.api.ProgrammeErrorCode.ORGANISATION_COUNTY_LIMIT;
import static org.fundtrail.programme.api.ProgrammeErrorCode.ORGANISATION_PROJECT_LIMIT;
import static org.fundtrail.programme.api.ProgrammeErrorCode.RATING_REQUIRED;

/**
 * The programme policy's limits on a new contract, counted over the contracts the programme has already funded
 * (terminated ones included: they were projects the organisation took on).
 */
record ContractLimits(ProgrammePolicy policy, Collection<Programme.Commitment> existing) {

    void check(FundContract contract) {
        ProgrammePolicy.Limits limits = policy.limits() == null ? ProgrammePolicy.Limits.NONE : policy.limits();
        if (limits.projectsPerOrganisationPerCountyPerYear() != null
                && count(c -> c.organisation().equals(contract.organisationId()) && c.county().equals(contract.county())
                && c.year() == contract.year()) >= limits.projectsPerOrganisationPerCountyPerYear()) {
            throw violation(ORGANISATION_COUNTY_LIMIT, "organisationId", "under " + policy.id() + " an organisation takes at most "
                    + limits.projectsPerOrganisationPerCountyPerYear() + " project(s) per county per year; "
                    + contract.organisationId().value() + " already has that in " + contract.county() + " for " + contract.year());
        }
        if (limits.projectsPerOrganisation() != null
                && count(c -> c.organisation().equals(contract.organisationId())) >= limits.projectsPerOrganisation()) {
            throw violation(ORGANISATION_PROJECT_LIMIT, "organisationId", "under " + policy.id() + " an organisation takes at most "
                    + limits.projectsPerOrganisation() + " projects; " + contract.organisationId().value() + " already has them");
        }
        if (limits.projectsPerDistrict() != null
                && count(c -> c.county().equals(contract.county())) >= limits.projectsPerDistrict()) {
            throw violation(DISTRICT_PROJECT_LIMIT, "county", "under " + policy.id() + " a district has at most "
                    + limits.projectsPerDistrict() + " projects; " + contract.county() + " already has them");
        }
        if (limits.amountPerProject() != null && !limits.amountPerProject().equals(contract.amount())) {
            throw violation(AMOUNT_NOT_AS_POLICY, "amount", "under " + policy.id() + " a project is "
                    + limits.amountPerProject() + ", not " + contract.amount());
        }
        if (policy.awards() != null && !policy.awards().isEmpty()) {
            if (contract.rating() == null) {
                throw violation(RATING_REQUIRED, "rating", policy.id() + " awards by star rating: name the community's rating");
            }
            var award = policy.awardFor(contract.rating());
            if (award.isEmpty() || !award.get().equals(contract.amount())) {
                throw violation(AMOUNT_NOT_AS_POLICY, "amount", "a " + contract.rating() + " community's award under "
                        + policy.id() + " is " + award.map(Object::toString).orElse("not set") + ", not " + contract.amount());
            }
        }
    }

    private long count(Predicate<Programme.Commitment> which) {
        return existing.stream().filter(which).count();
    }
}
