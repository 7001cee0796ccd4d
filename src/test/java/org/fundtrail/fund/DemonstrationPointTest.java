package org.fundtrail.fund;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.fund.api.DesignateDemonstrationPoint;
import org.fundtrail.fund.api.FundDesignatedAsDemonstrationPoint;
import org.fundtrail.fund.api.FundErrorCode;
import org.fundtrail.fund.api.FundOpened;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.fundtrail.fund.FakeFundFacts.CHARITY;
import static org.fundtrail.fund.FakeFundFacts.FUND;
import static org.fundtrail.fund.FakeFundFacts.FUND_OPENED;
import static org.fundtrail.fund.FakeFundFacts.TODAY;
import static org.fundtrail.fund.FakeFundFacts.TOMORROW;
import static org.fundtrail.fund.FakeFundFacts.violates;

/** Tianjin 2024 (seed 002): a fund's community designated as a ranked demonstration point with a fundraising floor. */
class DemonstrationPointTest {

    private static final ProgrammePolicy TIANJIN = policy("tianjin-2024", List.of(
            new ProgrammePolicy.FundraisingFloor(1, 5, Money.parse("50000.00")),
            new ProgrammePolicy.FundraisingFloor(6, 11, Money.parse("20000.00"))));
    private static final ProgrammePolicy PANJIN = policy("panjin-2023", List.of());

    private AggregateTestFixture<Fund> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fund.class);
        FakeFundFacts.standard().registerWith(fixture);
        fixture.registerInjectableResource(new ProgrammePolicies() {
            @Override
            public Optional<ProgrammePolicy> find(String policyId) {
                return all().stream().filter(p -> p.id().equals(policyId)).findFirst();
            }

            @Override
            public Collection<ProgrammePolicy> all() {
                return List.of(TIANJIN, PANJIN);
            }
        });
    }

    @Test
    void aFundBecomesARankedPoint() {
        fixture.given(opened())
                .when(new DesignateDemonstrationPoint(FUND, "tianjin-2024", 3, TODAY))
                .expectEvents(new FundDesignatedAsDemonstrationPoint(FUND, "tianjin-2024", 3, TODAY));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown policy                      | no-such-policy | 1 | UNKNOWN_POLICY
            policy without floors               | panjin-2023    | 1 | POLICY_HAS_NO_FUNDRAISING_FLOORS
            rank zero                           | tianjin-2024   | 0 | RANK_NOT_POSITIVE
            """)
    void refusals(String name, String policy, int rank, FundErrorCode code) {
        fixture.given(opened())
                .when(new DesignateDemonstrationPoint(FUND, policy, rank, TODAY))
                .expectNoEvents()
                .expectException(violates(code, code == FundErrorCode.RANK_NOT_POSITIVE ? "rank" : "policyId"));
    }

    @Test
    void aFundIsDesignatedOncePerPolicy() {
        fixture.given(opened(), new FundDesignatedAsDemonstrationPoint(FUND, "tianjin-2024", 3, TODAY))
                .when(new DesignateDemonstrationPoint(FUND, "tianjin-2024", 7, TODAY))
                .expectNoEvents()
                .expectException(violates(FundErrorCode.ALREADY_A_DEMONSTRATION_POINT, "policyId"));
    }

    @Test
    void notDatedAheadOfToday() {
        fixture.given(opened())
                .when(new DesignateDemonstrationPoint(FUND, "tianjin-2024", 1, TOMORROW))
                .expectNoEvents()
                .expectException(violates(FundErrorCode.EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"));
    }

    private static FundOpened opened() {
        return new FundOpened(FUND, CHARITY, "友谊路街道社区基金", "友谊路街道", List.of(), Money.parse("50000.00"), FUND_OPENED);
    }

    private static ProgrammePolicy policy(String id, List<ProgrammePolicy.FundraisingFloor> floors) {
        return new ProgrammePolicy(id, "002", id, List.of(), Set.of(), Set.of(), ProgrammePolicy.Limits.NONE, Map.of(),
                null, Map.of(), 3, floors);
    }
}
