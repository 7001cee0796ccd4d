package org.fundtrail.programme;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.infra.RuleCode;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationDirectory;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.SeedLikePolicies;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * In-memory stand-in for the programme's channel table ({@link ChannelBalances}): what each holder of programme
 * {@link #PROGRAMME} may allocate or commit ("available") and what it holds on its way back to the treasury
 * ("return-due"), set per test. Nothing moves when events are applied: a test states the balances its command meets.
 * <p>
 * With it come the other facts the {@link Programme} aggregate is handed: three policies written in code
 * ({@link Policies}), the contractor directory ({@link Organisations}) and a fixed clock ({@link #TODAY} in Shanghai).
 */
final class FakeChannel implements ChannelBalances {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    /** 00:30 in Shanghai, still the 26th in UTC: a rule that ignored the clock's zone would call today "tomorrow". */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY, LocalTime.of(0, 30), ZONE).toInstant(), ZONE);

    static final ProgrammeId PROGRAMME = ProgrammeId.of("P-1");

    private final Map<HolderId, Money> available = new HashMap<>();
    private final Map<HolderId, Money> returnDue = new HashMap<>();
    private final Policies policies = new Policies();
    private final Organisations organisations = Organisations.standard();

    void registerWith(AggregateTestFixture<?> fixture) {
        fixture.registerInjectableResource(this);
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(organisations);
        fixture.registerInjectableResource(CLOCK);
    }

    FakeChannel available(HolderId holder, String amount) {
        available.put(holder, Money.parse(amount));
        return this;
    }

    FakeChannel returnDue(HolderId holder, String amount) {
        returnDue.put(holder, Money.parse(amount));
        return this;
    }

    @Override
    public Money lockAvailable(ProgrammeId programmeId, HolderId holder) {
        return programmeId.equals(PROGRAMME) ? available.getOrDefault(holder, Money.ZERO) : Money.ZERO;
    }

    @Override
    public Money lockReturnDue(ProgrammeId programmeId, HolderId holder) {
        return programmeId.equals(PROGRAMME) ? returnDue.getOrDefault(holder, Money.ZERO) : Money.ZERO;
    }

    // ---- policies ---------------------------------------------------------------------------------------------------

    static final Set<String> CATEGORIES = SeedLikePolicies.CATEGORIES;
    static final ProgrammePolicy PANJIN = SeedLikePolicies.PANJIN;
    static final ProgrammePolicy FUZHOU = SeedLikePolicies.FUZHOU;
    static final ProgrammePolicy SHENYANG = SeedLikePolicies.SHENYANG;

    static final class Policies implements ProgrammePolicies {

        private final Map<String, ProgrammePolicy> byId = new LinkedHashMap<>();

        Policies() {
            for (ProgrammePolicy policy : List.of(PANJIN, FUZHOU, SHENYANG)) {
                byId.put(policy.id(), policy);
            }
        }

        @Override
        public Optional<ProgrammePolicy> find(String policyId) {
            return Optional.ofNullable(byId.get(policyId));
        }

        @Override
        public Collection<ProgrammePolicy> all() {
            return byId.values();
        }
    }

    // ---- organisations ------------------------------------------------------------------------------------------

    static final OrganisationId ORG_A = OrganisationId.of("O-A");
    static final OrganisationId ORG_B = OrganisationId.of("O-B");
    static final OrganisationId ORG_C = OrganisationId.of("O-C");
    static final OrganisationId ORG_D = OrganisationId.of("O-D");
    /** Barred from new contracts until {@link #DEBARMENT_ENDS}: barred on any day before it, free from it on. */
    static final OrganisationId DEBARRED = OrganisationId.of("O-X");
    static final LocalDate DEBARMENT_ENDS = LocalDate.of(2026, 9, 1);
    /** Nobody registered it. */
    static final OrganisationId UNREGISTERED = OrganisationId.of("O-404");

    static final class Organisations implements OrganisationDirectory {

        private final Map<OrganisationId, Organisation> byId = new HashMap<>();

        static Organisations standard() {
            return new Organisations()
                    .add(ORG_A, "兴隆社工服务中心", "52211100MJ0000001A", null)
                    .add(ORG_B, "双台子社工服务社", "52211100MJ0000002B", null)
                    .add(ORG_C, "鼓楼社会工作服务中心", "52350100MJ0000003C", null)
                    .add(ORG_D, "台江社工事务所", "52350100MJ0000004D", null)
                    .add(DEBARRED, "虚报社工服务社", "52211100MJ0000009X", DEBARMENT_ENDS);
        }

        Organisations add(OrganisationId id, String name, String creditCode, LocalDate debarredUntil) {
            byId.put(id, new Organisation(id, name, creditCode, null, debarredUntil));
            return this;
        }

        @Override
        public Optional<Organisation> find(OrganisationId organisationId) {
            return Optional.ofNullable(byId.get(organisationId));
        }

        @Override
        public Optional<OrganisationId> findByCreditCode(String creditCode) {
            return byId.values().stream().filter(o -> o.creditCode().equals(creditCode))
                    .map(Organisation::organisationId).findFirst();
        }
    }

    // ---- matchers -----------------------------------------------------------------------------------------------

    /** The refusal is a {@link RuleViolation} of exactly this rule, blaming exactly this request field. */
    static Matcher<Throwable> violates(RuleCode code, String field) {
        return org.fundtrail.RuleViolations.violates(code, field);
    }


}
