package org.fundtrail.contract;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.infra.RuleCode;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeDirectory;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.SeedLikePolicies;
import org.fundtrail.programme.api.TreasuryId;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


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

    static final Set<String> CATEGORIES = SeedLikePolicies.CATEGORIES;
    static final ProgrammePolicy PANJIN_POLICY = SeedLikePolicies.PANJIN;
    static final ProgrammePolicy FUZHOU_POLICY = SeedLikePolicies.FUZHOU;
    static final ProgrammePolicy SHENYANG_POLICY = SeedLikePolicies.SHENYANG;
    static final ProgrammePolicy SHAANXI_POLICY = SeedLikePolicies.SHAANXI;

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


}
