package org.fundtrail.contract;

import org.fundtrail.contract.api.BudgetLine;
import org.fundtrail.contract.api.PlannedProject;
import org.fundtrail.contract.api.ProjectKind;
import org.fundtrail.contract.api.SignContract;
import org.fundtrail.contract.api.Tranche;
import org.fundtrail.money.Money;
import org.fundtrail.money.MoneySplit;
import org.fundtrail.programme.api.ProgrammePolicy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.fundtrail.contract.ContractRules.positive;
import static org.fundtrail.contract.ContractRules.violation;
import static org.fundtrail.contract.api.ContractErrorCode.*;

/**
 * What a contract must look like under its programme's policy: a budget over the policy's categories (none of them
 * forbidden, each required share met) adding up to the amount, a usage plan where the policy asks for one, and the
 * tranche plan computed from the policy's percentages, to the fen.
 */
record ContractTerms(List<BudgetLine> budget, List<Tranche> tranches, List<PlannedProject> usagePlan) {

    static ContractTerms check(SignContract command, ProgrammePolicy policy) {
        if (command.community() == null || command.community().isBlank()) {
            throw violation(COMMUNITY_REQUIRED, "community", "a contract serves one community: name it");
        }
        positive(command.amount(), "amount");
        if (command.startDate() == null || command.endDate() == null || command.endDate().isBefore(command.startDate())) {
            throw violation(DATES_OUT_OF_ORDER, "endDate", "a contract runs from its start date to an end date on or after it");
        }
        List<BudgetLine> budget = checkBudget(command, policy);
        List<PlannedProject> plan = checkUsagePlan(command, policy);
        List<Tranche> tranches = trancheplan(command.amount(), policy.tranches());
        return new ContractTerms(budget, tranches, plan);
    }

    private static List<BudgetLine> checkBudget(SignContract command, ProgrammePolicy policy) {
        if (command.budget() == null || command.budget().isEmpty()) {
            throw violation(BUDGET_REQUIRED, "budget", "a contract lists its budget by category");
        }
        Set<String> seen = new HashSet<>();
        Money total = Money.ZERO;
        for (int i = 0; i < command.budget().size(); i++) {
            BudgetLine line = command.budget().get(i);
            String at = "budget[" + i + "]";
            if (policy.forbids(line.category())) {
                throw violation(FORBIDDEN_CATEGORY, at + ".category", "programme money may not pay for " + line.category());
            }
            if (!policy.budgetCategories().contains(line.category())) {
                throw violation(UNKNOWN_CATEGORY, at + ".category", "'" + line.category() + "' is not a budget category of "
                        + policy.id() + ": " + policy.budgetCategories());
            }
            if (!seen.add(line.category())) {
                throw violation(UNKNOWN_CATEGORY, at + ".category", "category '" + line.category() + "' is listed twice");
            }
            positive(line.amount(), at + ".amount");
            total = total.plus(line.amount());
        }
        if (!total.equals(command.amount())) {
            throw violation(BUDGET_DOES_NOT_ADD_UP, "budget", "the budget adds up to " + total + ", the contract is " + command.amount());
        }
        Map<String, Integer> shares = policy.minimumCategoryShares() == null ? Map.of() : policy.minimumCategoryShares();
        shares.forEach((category, percent) -> {
            Money line = command.budget().stream().filter(b -> b.category().equals(category)).map(BudgetLine::amount)
                    .findFirst().orElse(Money.ZERO);
            if (line.fen() * 100 < command.amount().fen() * percent) {
                throw violation(CATEGORY_SHARE_TOO_SMALL, "budget", policy.id() + " puts at least " + percent + "% on "
                        + category + "; this budget gives it " + line);
            }
        });
        return List.copyOf(command.budget());
    }

    private static List<PlannedProject> checkUsagePlan(SignContract command, ProgrammePolicy policy) {
        ProgrammePolicy.UsagePlanRule rule = policy.usagePlan();
        List<PlannedProject> plan = command.usagePlan() == null ? List.of() : List.copyOf(command.usagePlan());
        if (rule == null) {
            return plan;
        }
        if (plan.isEmpty()) {
            throw violation(USAGE_PLAN_REQUIRED, "usagePlan", policy.id() + " asks for a usage plan of the award");
        }
        long basic = plan.stream().filter(p -> p.kind() == ProjectKind.BASIC).count();
        long electives = plan.stream().filter(p -> p.kind() == ProjectKind.ELECTIVE).count();
        if (basic < rule.mandatoryBasic()) {
            throw violation(TOO_FEW_BASIC_PROJECTS, "usagePlan", "the plan has " + basic + " basic projects; "
                    + rule.mandatoryBasic() + " are mandatory");
        }
        int requiredElectives = command.rating() == null ? 0 : rule.electives().getOrDefault(command.rating(), 0);
        if (electives < requiredElectives) {
            throw violation(TOO_FEW_ELECTIVE_PROJECTS, "usagePlan", "a " + command.rating() + " community plans at least "
                    + requiredElectives + " elective projects; this plan has " + electives);
        }
        return plan;
    }

    /** Percentages of the amount, rounded down to the fen; the last tranche takes the remainder so the sum is exact. */
    static List<Tranche> trancheplan(Money amount, List<ProgrammePolicy.TrancheRule> rules) {
        List<Money> amounts = MoneySplit.byPercentages(amount, rules.stream().map(ProgrammePolicy.TrancheRule::percent).toList());
        List<Tranche> tranches = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            tranches.add(new Tranche(i + 1, rules.get(i).percent(), amounts.get(i), rules.get(i).condition()));
        }
        return List.copyOf(tranches);
    }
}
