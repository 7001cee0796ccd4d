package org.fundtrail.programme.api;

import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammePolicy.Limits;
import org.fundtrail.programme.api.ProgrammePolicy.TrancheRule;
import org.fundtrail.programme.api.ProgrammePolicy.UsagePlanRule;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.fundtrail.programme.api.TrancheCondition.CONTRACT_SIGNED;
import static org.fundtrail.programme.api.TrancheCondition.FINAL_ACCEPTANCE_PASSED;
import static org.fundtrail.programme.api.TrancheCondition.MIDTERM_EVALUATION_PASSED;

/**
 * Policies shaped like the seed programmes, built in code for the aggregate tests (the real ones are read from
 * {@code ledger/programmes/} and tested there), shared by the programme and contract tests.
 */
public final class SeedLikePolicies {

    private SeedLikePolicies() {
    }

    public static final Set<String> CATEGORIES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "personnel", "activities", "materials", "venue", "training", "publicity", "management", "evaluation-fee", "other")));

    /** Panjin-like (seed 000): 60% on signing, 40% after a passed mid-term; one project per organisation per county per year. */
    public static final ProgrammePolicy PANJIN = new ProgrammePolicy("panjin-like", "000", "盘锦式五社联动",
            List.of(new TrancheRule(60, CONTRACT_SIGNED), new TrancheRule(40, MIDTERM_EVALUATION_PASSED)),
            CATEGORIES, Set.of(), new Limits(1, null, null, null), Map.of(), null, Map.of(), 3, List.of());

    /** Fuzhou-like (seed 001): 80/20; at most 3 projects per organisation and per district, each exactly 200,000.00. */
    public static final ProgrammePolicy FUZHOU = new ProgrammePolicy("fuzhou-like", "001", "福州式三社联动",
            List.of(new TrancheRule(80, CONTRACT_SIGNED), new TrancheRule(20, FINAL_ACCEPTANCE_PASSED)),
            CATEGORIES, Set.of(), new Limits(null, 3, 3, Money.parse("200000.00")), Map.of(), null, Map.of(), 3, List.of());

    /** Shenyang-like (seed 004): awards by star rating, a usage plan of 3 basic + 6/4/1 electives, no evaluation fees. */
    public static final ProgrammePolicy SHENYANG = new ProgrammePolicy("shenyang-like", "004", "沈阳式星级社区以奖代补",
            List.of(new TrancheRule(100, FINAL_ACCEPTANCE_PASSED)),
            CATEGORIES, Set.of("evaluation-fee"), Limits.NONE,
            byRating(Money.parse("200000.00"), Money.parse("100000.00"), Money.parse("50000.00")),
            new UsagePlanRule(3, byRating(6, 4, 1)), Map.of(), 3, List.of());

    /** Shaanxi-like (seed 003): 100% on signing, personnel at least half, barred 5 years after fraud. */
    public static final ProgrammePolicy SHAANXI = new ProgrammePolicy("shaanxi-like", "003", "陕西式五社联动试点",
            List.of(new TrancheRule(100, CONTRACT_SIGNED)),
            CATEGORIES, Set.of(), Limits.NONE, Map.of(), null, Map.of("personnel", 50), 5, List.of());

    private static <V> Map<StarRating, V> byRating(V fiveStar, V fourStar, V threeStar) {
        Map<StarRating, V> values = new EnumMap<>(StarRating.class);
        values.put(StarRating.FIVE_STAR, fiveStar);
        values.put(StarRating.FOUR_STAR, fourStar);
        values.put(StarRating.THREE_STAR, threeStar);
        return Collections.unmodifiableMap(values);
    }
}
