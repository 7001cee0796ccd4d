package org.fundtrail.contract;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.infra.RuleCode;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeDirectory;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.ProgrammePolicy.Limits;
import org.fundtrail.programme.api.ProgrammePolicy.TrancheRule;
import org.fundtrail.programme.api.ProgrammePolicy.UsagePlanRule;
import org.fundtrail.programme.api.StarRating;
import org.fundtrail.programme.api.TreasuryId;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.fundtrail.programme.api.TrancheCondition.CONTRACT_SIGNED;
import static org.fundtrail.programme.api.TrancheCondition.FINAL_ACCEPTANCE_PASSED;
import static org.fundtrail.programme.api.TrancheCondition.MIDTERM_EVALUATION_PASSED;

/**
 * In-memory stand-ins for what the {@link Contract} aggregate looks up when a contract is signed: the programme
 * directory and the programme policies (written in code, not read from {@code ledger/programmes/}), plus a fixed clock.
 * The contract package cannot see the programme's package-private classes, hence its own fakes.
 * <p>
 * Four programmes, one per policy: {@link #PANJIN} (60/40), {@link #FUZHOU} (80/20), {@link #SHENYANG} (100% on
 * completion, star awards, usage plan, no evaluation fees) and {@link #SHAANXI} (100% on signing, personnel at least
 * half the budget, barred 5 years after fraud). Today is {@link #TODAY} in Shanghai.
 */
final class FakeProgrammes implements ProgrammeDirectory, ProgrammePolicies {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    /** 00:30 in Shanghai, still the 26th in UTC: a rule that ignored the clock's zone would call today "tomorrow". */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY, LocalTime.of(0, 30), ZONE).toInstant(), ZONE);

    static final TreasuryId TREASURY = TreasuryId.of("city-treasury");
    static final HolderId ROOT = HolderId.of("city-civil-affairs");

    static final Set<String> CATEGORIES = ordered("personnel", "activities", "materials", "venue", "training",
            "publicity", "management", "evaluation-fee", "other");

    static final ProgrammePolicy PANJIN_POLICY = new ProgrammePolicy("panjin-like", "000", "盘锦式五社联动",
            List.of(new TrancheRule(60, CONTRACT_SIGNED), new TrancheRule(40, MIDTERM_EVALUATION_PASSED)),
            CATEGORIES, Set.of(), new Limits(1, null, null, null), Map.of(), null, Map.of(), 3, List.of());

    static final ProgrammePolicy FUZHOU_POLICY = new ProgrammePolicy("fuzhou-like", "001", "福州式三社联动",
            List.of(new TrancheRule(80, CONTRACT_SIGNED), new TrancheRule(20, FINAL_ACCEPTANCE_PASSED)),
            CATEGORIES, Set.of(), new Limits(null, 3, 3, Money.parse("200000.00")), Map.of(), null, Map.of(), 3, List.of());

    static final ProgrammePolicy SHENYANG_POLICY = new ProgrammePolicy("shenyang-like", "004", "沈阳式星级社区以奖代补",
            List.of(new TrancheRule(100, FINAL_ACCEPTANCE_PASSED)),
            CATEGORIES, Set.of("evaluation-fee"), Limits.NONE,
            byRating(Money.parse("200000.00"), Money.parse("100000.00"), Money.parse("50000.00")),
            new UsagePlanRule(3, byRating(6, 4, 1)), Map.of(), 3, List.of());

    static final ProgrammePolicy SHAANXI_POLICY = new ProgrammePolicy("shaanxi-like", "003", "陕西式五社联动试点",
            List.of(new TrancheRule(100, CONTRACT_SIGNED)),
            CATEGORIES, Set.of(), Limits.NONE, Map.of(), null, Map.of("personnel", 50), 5, List.of());

    static final ProgrammeId PANJIN = ProgrammeId.of("P-PANJIN");
    static final ProgrammeId FUZHOU = ProgrammeId.of("P-FUZHOU");
    static final ProgrammeId SHENYANG = ProgrammeId.of("P-SHENYANG");
    static final ProgrammeId SHAANXI = ProgrammeId.of("P-SHAANXI");

    private final Map<ProgrammeId, ProgrammeFacts> programmes = new HashMap<>();
    private final Map<String, ProgrammePolicy> policies = new LinkedHashMap<>();

    static FakeProgrammes standard() {
        return new FakeProgrammes()
                .programme(PANJIN, PANJIN_POLICY)
                .programme(FUZHOU, FUZHOU_POLICY)
                .programme(SHENYANG, SHENYANG_POLICY)
                .programme(SHAANXI, SHAANXI_POLICY);
    }

    FakeProgrammes programme(ProgrammeId id, ProgrammePolicy policy) {
        policies.put(policy.id(), policy);
        programmes.put(id, new ProgrammeFacts(id, policy.id(), TREASURY, ROOT, 2026));
        return this;
    }

    static ProgrammePolicy policyOf(ProgrammeId programme) {
        FakeProgrammes all = standard();
        return all.find(all.find(programme).orElseThrow().policyId()).orElseThrow();
    }

    void registerWith(AggregateTestFixture<?> fixture) {
        fixture.registerInjectableResource(this);
        fixture.registerInjectableResource(CLOCK);
    }

    @Override
    public Optional<ProgrammeFacts> find(ProgrammeId programmeId) {
        return Optional.ofNullable(programmes.get(programmeId));
    }

    @Override
    public Optional<ProgrammePolicy> find(String policyId) {
        return Optional.ofNullable(policies.get(policyId));
    }

    @Override
    public Collection<ProgrammePolicy> all() {
        return policies.values();
    }

    /** The refusal is a {@link RuleViolation} of exactly this rule, blaming exactly this request field. */
    static Matcher<Throwable> violates(RuleCode code, String field) {
        return org.fundtrail.RuleViolations.violates(code, field);
    }

    private static Set<String> ordered(String... categories) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(categories)));
    }

    private static <V> Map<StarRating, V> byRating(V fiveStar, V fourStar, V threeStar) {
        Map<StarRating, V> values = new EnumMap<>(StarRating.class);
        values.put(StarRating.FIVE_STAR, fiveStar);
        values.put(StarRating.FOUR_STAR, fourStar);
        values.put(StarRating.THREE_STAR, threeStar);
        return Collections.unmodifiableMap(values);
    }
}
