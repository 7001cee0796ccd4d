package org.fundtrail.fund;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.fund.api.FundErrorCode;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.FundOpened;
import org.fundtrail.fund.api.OpenFund;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.RestrictedPurpose;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.fundtrail.fund.FakeFundFacts.CHARITY;
import static org.fundtrail.fund.FakeFundFacts.TODAY;
import static org.fundtrail.fund.FakeFundFacts.TOMORROW;
import static org.fundtrail.fund.FakeFundFacts.violates;
import static org.fundtrail.fund.api.FundErrorCode.CHARITY_NOT_REGISTERED;
import static org.fundtrail.fund.api.FundErrorCode.DUPLICATE_PURPOSE;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_IN_FUTURE;
import static org.fundtrail.fund.api.FundErrorCode.NAME_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.PURPOSE_CODE_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.TARGET_NEGATIVE;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FundTest {

    private static final FundId FUND = FundId.of("F-9");
    private static final RestrictedPurpose ELDERLY = purpose("elderly", "助老");
    private static final RestrictedPurpose CHILDREN = purpose("children", "助学");

    private AggregateTestFixture<Fund> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fund.class);
        FakeFundFacts.standard().registerWith(fixture);
    }

    @Test
    void opensAFundUnderARegisteredCharity() {
        fixture.givenNoPriorActivity()
                .when(new OpenFund(FUND, CHARITY, "  和平街道社区基金 ", " 和平街道 ", List.of(ELDERLY, CHILDREN),
                        Money.ofYuan(50_000), LocalDate.of(2026, 3, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FundOpened(FUND, CHARITY, "和平街道社区基金", "和平街道", List.of(ELDERLY, CHILDREN),
                        Money.ofYuan(50_000), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aFundMayHaveNoRestrictedPurposes() {
        fixture.givenNoPriorActivity()
                .when(openFund(null, "0.00", TODAY))
                .expectEvents(fundOpened(List.of(), "0.00", TODAY));
    }

    /** Every way to open a fund, one broken rule per refused row; each row ends in its expected outcome. */
    static Stream<Arguments> openings() {
        return Stream.of(
                // case, command, expected outcome (null: opened), field at fault
                arguments("district point with no target", openFund(List.of(ELDERLY), "0.00", TODAY), null, null),
                arguments("back-dated to the first of the year", openFund(List.of(ELDERLY), "50000.00", LocalDate.of(2026, 1, 1)), null, null),
                arguments("charity nobody registered", new OpenFund(FUND, CharityId.of("C-404"), "基金", "和平街道", List.of(), Money.ZERO, TODAY), CHARITY_NOT_REGISTERED, "charityId"),
                arguments("no name", new OpenFund(FUND, CHARITY, null, "和平街道", List.of(), Money.ZERO, TODAY), NAME_REQUIRED, "name"),
                arguments("blank name", new OpenFund(FUND, CHARITY, "  ", "和平街道", List.of(), Money.ZERO, TODAY), NAME_REQUIRED, "name"),
                arguments("blank community", new OpenFund(FUND, CHARITY, "基金", " ", List.of(), Money.ZERO, TODAY), NAME_REQUIRED, "community"),
                arguments("target of -0.01", openFund(List.of(), "-0.01", TODAY), TARGET_NEGATIVE, "yearlyTarget"),
                arguments("no target at all", new OpenFund(FUND, CHARITY, "基金", "和平街道", List.of(), null, TODAY), TARGET_NEGATIVE, "yearlyTarget"),
                arguments("purpose listed twice", openFund(List.of(ELDERLY, CHILDREN, purpose("elderly", "敬老")), "0.00", TODAY), DUPLICATE_PURPOSE, "purposes[2].code"),
                arguments("purpose without a code", openFund(List.of(ELDERLY, new RestrictedPurpose(null, "助学")), "0.00", TODAY), PURPOSE_CODE_REQUIRED, "purposes[1].code"),
                arguments("purpose without a name", openFund(List.of(ELDERLY, purpose("children", " ")), "0.00", TODAY), NAME_REQUIRED, "purposes[1].name"),
                arguments("opens tomorrow", openFund(List.of(), "0.00", TOMORROW), EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("openings")
    void openingAFund(String description, OpenFund command, FundErrorCode expected, String field) {
        var result = fixture.givenNoPriorActivity().when(command);
        if (expected == null) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(fundOpened(command.purposes(), command.yearlyTarget().toString(), command.effectiveDate()));
        } else {
            result.expectNoEvents().expectException(violates(expected, field));
        }
    }

    private static OpenFund openFund(List<RestrictedPurpose> purposes, String target, LocalDate effective) {
        return new OpenFund(FUND, CHARITY, "和平街道社区基金", "和平街道", purposes, Money.parse(target), effective);
    }

    private static FundOpened fundOpened(List<RestrictedPurpose> purposes, String target, LocalDate effective) {
        return new FundOpened(FUND, CHARITY, "和平街道社区基金", "和平街道", purposes, Money.parse(target), effective);
    }

    private static RestrictedPurpose purpose(String code, String name) {
        return new RestrictedPurpose(PurposeCode.of(code), name);
    }
}
