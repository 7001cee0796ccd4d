package org.fundtrail.programme;

import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.ProgrammePolicy.FundraisingFloor;
import org.fundtrail.programme.api.ProgrammePolicy.Limits;
import org.fundtrail.programme.api.ProgrammePolicy.TrancheRule;
import org.fundtrail.programme.api.ProgrammePolicy.UsagePlanRule;
import org.fundtrail.programme.api.StarRating;
import org.fundtrail.programme.api.TrancheCondition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a policy as read from its file against what the ledger relies on when it pays contracts. Reports every
 * problem, each as {@code field.path: what is wrong}, so that one start-up shows the author all they must fix.
 * Keys a file may leave out arrive as null and are checked as "none".
 */
final class PolicyValidator {

    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final List<String> problems = new ArrayList<>();

    private PolicyValidator() {
    }

    static List<String> problems(ProgrammePolicy policy, String idFromFileName) {
        PolicyValidator validator = new PolicyValidator();
        validator.check(policy, idFromFileName);
        return validator.problems;
    }

    private void check(ProgrammePolicy policy, String idFromFileName) {
        // Contracts name their policy by id for ever, and people find the policy by its file name: the two must agree.
        if (blank(policy.id())) {
            problem("id", "required");
        } else if (!policy.id().equals(idFromFileName)) {
            problem("id", "'" + policy.id() + "' differs from the file name; the id must be '" + idFromFileName + "'");
        }
        if (blank(policy.seed())) {
            problem("seed", "required: the number of the policy document this programme comes from");
        }
        if (blank(policy.name())) {
            problem("name", "required: the programme's title as the policy document gives it");
        }
        checkTranches(policy.tranches());
        Set<String> budget = orEmpty(policy.budgetCategories());
        Set<String> forbidden = orEmpty(policy.forbiddenCategories());
        checkCategories(budget, forbidden);
        checkShares(orEmpty(policy.minimumCategoryShares()), budget, forbidden);
        checkLimits(policy.limits());
        Map<StarRating, Money> awards = orEmpty(policy.awards());
        awards.forEach((rating, amount) -> positive("awards." + rating, amount));
        checkUsagePlan(policy.usagePlan(), awards);
        if (policy.fraudDebarmentYears() < 0) {
            problem("fraud-debarment-years", "cannot be negative");
        }
        checkFloors(orEmpty(policy.fundraisingFloors()));
    }

    private void checkTranches(List<TrancheRule> tranches) {
        if (tranches == null || tranches.isEmpty()) {
            problem("tranches", "required: at least one tranche");
            return;
        }
        long sum = 0;
        TrancheCondition previous = null;
        for (int i = 0; i < tranches.size(); i++) {
            String at = "tranches[" + i + "]";
            TrancheRule tranche = tranches.get(i);
            if (tranche == null) {
                problem(at, "empty tranche");
                continue;
            }
            if (tranche.percent() <= 0) {
                problem(at + ".percent", "must be positive, not " + tranche.percent());
            }
            sum += tranche.percent();
            if (tranche.condition() == null) {
                problem(at + ".condition", "required: one of " + Arrays.toString(TrancheCondition.values()));
            } else {
                // Tranches are paid in order, a failed evaluation blocks the later ones and the last takes the rounding
                // remainder: so each condition appears once, in the order a contract reaches them (the enum's order).
                if (previous != null && tranche.condition().compareTo(previous) <= 0) {
                    problem(at + ".condition", tranche.condition() + " cannot come after " + previous
                            + "; list tranches in the order a contract reaches their conditions, each condition once");
                }
                previous = tranche.condition();
            }
        }
        if (sum != 100) {
            problem("tranches[" + (tranches.size() - 1) + "].percent", "percentages add up to " + sum + ", not 100");
        }
    }

    private void checkCategories(Set<String> budget, Set<String> forbidden) {
        if (budget.isEmpty()) {
            problem("budget-categories", "required: the categories a contract's budget and expenditures may use");
        }
        for (String category : budget) {
            if (category == null || !CATEGORY.matcher(category).matches()) {
                problem("budget-categories", "'" + category + "' is not a lower-case kebab-case name");
            }
        }
        // An expenditure names its category from the budget categories; a forbidden name outside them could never be
        // chosen, so it would forbid nothing. It is nearly always a typo.
        for (String category : forbidden) {
            if (!budget.contains(category)) {
                problem("forbidden-categories", "'" + category + "' is not one of the budget-categories " + budget);
            }
        }
    }

    private void checkShares(Map<String, Integer> shares, Set<String> budget, Set<String> forbidden) {
        int total = 0;
        for (Map.Entry<String, Integer> share : shares.entrySet()) {
            String at = "minimum-category-shares." + share.getKey();
            if (!budget.contains(share.getKey())) {
                problem(at, "'" + share.getKey() + "' is not one of the budget-categories " + budget);
            } else if (forbidden.contains(share.getKey())) {
                problem(at, "a forbidden category cannot have a minimum share");
            }
            Integer percent = share.getValue();
            if (percent == null || percent < 1 || percent > 100) {
                problem(at, "must be a percentage from 1 to 100, not " + percent);
            } else {
                total += percent;
            }
        }
        if (total > 100) {
            problem("minimum-category-shares", "shares add up to " + total + "%, more than the whole budget");
        }
    }

    private void checkLimits(Limits limits) {
        if (limits == null) {
            return;
        }
        atLeastOne("limits.projects-per-organisation-per-county-per-year",
                limits.projectsPerOrganisationPerCountyPerYear());
        atLeastOne("limits.projects-per-organisation", limits.projectsPerOrganisation());
        atLeastOne("limits.projects-per-district", limits.projectsPerDistrict());
        if (limits.amountPerProject() != null) {
            positive("limits.amount-per-project", limits.amountPerProject());
        }
    }

    private void checkUsagePlan(UsagePlanRule plan, Map<StarRating, Money> awards) {
        if (plan == null) {
            return;
        }
        if (plan.mandatoryBasic() < 0) {
            problem("usage-plan.mandatory-basic", "cannot be negative");
        }
        orEmpty(plan.electives()).forEach((rating, count) -> {
            String at = "usage-plan.electives." + rating;
            if (count == null || count < 0) {
                problem(at, "must be zero or more, not " + count);
            }
            // A usage plan is filed for an award; a rating without one can never need a plan.
            if (!awards.containsKey(rating)) {
                problem(at, "there is no award for " + rating + " in awards");
            }
        });
    }

    private void checkFloors(List<FundraisingFloor> floors) {
        for (int i = 0; i < floors.size(); i++) {
            String at = "fundraising-floors[" + i + "]";
            FundraisingFloor floor = floors.get(i);
            if (floor == null) {
                problem(at, "empty floor");
                continue;
            }
            if (floor.fromRank() < 1) {
                problem(at + ".from-rank", "ranks start at 1, not " + floor.fromRank());
            }
            if (floor.toRank() < floor.fromRank()) {
                problem(at + ".to-rank", floor.toRank() + " is below from-rank " + floor.fromRank());
            }
            positive(at + ".floor", floor.floor());
            // A rank with two floors would have two targets; which one binds would be anybody's guess.
            for (int j = 0; j < i; j++) {
                FundraisingFloor earlier = floors.get(j);
                if (earlier != null && floor.fromRank() <= earlier.toRank() && earlier.fromRank() <= floor.toRank()) {
                    problem(at + ".from-rank", "ranks " + floor.fromRank() + "-" + floor.toRank() + " overlap "
                            + "fundraising-floors[" + j + "] (ranks " + earlier.fromRank() + "-" + earlier.toRank() + ")");
                }
            }
        }
    }

    private void atLeastOne(String at, Integer limit) {
        if (limit != null && limit < 1) {
            problem(at, "must be at least 1 where present, not " + limit + " (leave it out for no limit)");
        }
    }

    private void positive(String at, Money amount) {
        if (amount == null) {
            problem(at, "an amount is required, e.g. \"200000.00\"");
        } else if (!amount.isPositive()) {
            problem(at, "must be positive, not " + amount);
        }
    }

    private void problem(String at, String what) {
        problems.add(at + ": " + what);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
