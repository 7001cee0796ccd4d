package org.fundtrail.programme.api;

import org.fundtrail.money.Money;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A programme's rules as data, from {@code ledger/programmes/<id>.yaml}: how contracts are paid, what an organisation
 * may take on, which budget categories the money may not pay for. A new programme is a new file, not new code.
 *
 * @param id                    the file's name without {@code .yaml}, e.g. {@code panjin-2023}
 * @param seed                  the policy document it comes from (seed number)
 * @param tranches              the tranche plan: percentages adding up to 100, each with the condition that releases it
 * @param budgetCategories      categories a contract's budget and expenditures may use
 * @param forbiddenCategories   categories this programme's money may never pay for (e.g. {@code evaluation-fee})
 * @param limits                caps on contracts per organisation and district, and the fixed amount per project
 * @param awards                star-rating awards (Shenyang): the contract amount for each rating; empty otherwise
 * @param usagePlan             the usage plan a star-award contract must file; null when the programme has none
 * @param minimumCategoryShares categories that must take at least a share (percent) of a contract's budget
 * @param fraudDebarmentYears   years an organisation is barred from new contracts after a fraud finding
 * @param fundraisingFloors     yearly fundraising floors for community funds by demonstration point rank (Tianjin)
 */
public record ProgrammePolicy(String id, String seed, String name, List<TrancheRule> tranches,
                              Set<String> budgetCategories, Set<String> forbiddenCategories, Limits limits,
                              Map<StarRating, Money> awards, UsagePlanRule usagePlan,
                              Map<String, Integer> minimumCategoryShares, int fraudDebarmentYears,
                              List<FundraisingFloor> fundraisingFloors) {

    /** One tranche of the plan: {@code percent} of the contract, paid once {@code condition} has been recorded. */
    public record TrancheRule(int percent, TrancheCondition condition) {
    }

    /**
     * @param projectsPerOrganisationPerCountyPerYear Panjin: 1
     * @param projectsPerOrganisation                 Fuzhou: 3 city-wide
     * @param projectsPerDistrict                     Fuzhou: at most 3 per district
     * @param amountPerProject                        Fuzhou: every project is exactly 200,000.00
     */
    public record Limits(Integer projectsPerOrganisationPerCountyPerYear, Integer projectsPerOrganisation,
                         Integer projectsPerDistrict, Money amountPerProject) {

        public static final Limits NONE = new Limits(null, null, null, null);
    }

    /** Shenyang: at least {@code mandatoryBasic} basic projects and, per rating, at least so many electives. */
    public record UsagePlanRule(int mandatoryBasic, Map<StarRating, Integer> electives) {
    }

    /** Community funds at demonstration points ranked {@code fromRank}..{@code toRank} raise at least {@code floor} a year. */
    public record FundraisingFloor(int fromRank, int toRank, Money floor) {
    }

    public Optional<Money> awardFor(StarRating rating) {
        return Optional.ofNullable(awards.get(rating));
    }

    public boolean forbids(String category) {
        return forbiddenCategories.contains(category);
    }
}
