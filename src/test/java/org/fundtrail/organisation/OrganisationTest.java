package org.fundtrail.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.organisation.api.DebarOrganisation;
import org.fundtrail.organisation.api.OrganisationDebarred;
import org.fundtrail.organisation.api.OrganisationDirectory;
import org.fundtrail.organisation.api.OrganisationErrorCode;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.organisation.api.OrganisationRated;
import org.fundtrail.organisation.api.OrganisationRegistered;
import org.fundtrail.organisation.api.RateOrganisation;
import org.fundtrail.organisation.api.RegisterOrganisation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static org.fundtrail.organisation.api.OrganisationErrorCode.DEBARMENT_MUST_END_AFTER_IT_STARTS;
import static org.fundtrail.organisation.api.OrganisationErrorCode.EFFECTIVE_DATE_IN_FUTURE;
import static org.fundtrail.organisation.api.OrganisationErrorCode.EFFECTIVE_DATE_REQUIRED;
import static org.fundtrail.organisation.api.OrganisationErrorCode.RATING_REQUIRED;
import static org.fundtrail.organisation.api.OrganisationErrorCode.REASON_REQUIRED;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class OrganisationTest {

    private static final OrganisationId ORGANISATION = OrganisationId.of("O-1");
    private static final String CREDIT_CODE = "52210000MJ0000001W";
    private static final String NAME = "盘锦市兴隆台区社会工作服务中心";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);
    /** 00:30 in Shanghai, still the 26th in UTC: a rule that ignored the clock's zone would call today "tomorrow". */
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY, LocalTime.of(0, 30), ZONE).toInstant(), ZONE);

    private final InMemoryOrganisations directory = new InMemoryOrganisations();
    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(CLOCK);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Registration
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void registersAnOrganisationByItsCreditCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(ORGANISATION, "  " + NAME + " ", CREDIT_CODE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    /** Each row ends in its expected outcome: REGISTERED, or the rule broken and the field at fault. */
    @ParameterizedTest(name = "{0} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | name        | credit code         | expected                       | at
            valid                                   | 社工服务中心 | 52210000MJ0000001W  | REGISTERED                     | -
            no name                                 | -           | 52210000MJ0000001W  | NAME_REQUIRED                  | name
            blank name                              | '  '        | 52210000MJ0000001W  | NAME_REQUIRED                  | name
            wrong check character                   | 社工服务中心 | 52210000MJ0000001X  | INVALID_CREDIT_CODE            | creditCode
            17 characters                           | 社工服务中心 | 52210000MJ0000001   | INVALID_CREDIT_CODE            | creditCode
            letter O for a zero                     | 社工服务中心 | 522100O0MJ0000001W  | INVALID_CREDIT_CODE            | creditCode
            no credit code                          | 社工服务中心 | -                   | INVALID_CREDIT_CODE            | creditCode
            code another organisation registered    | 社工服务中心 | 53120000MJ0000003D  | CREDIT_CODE_ALREADY_REGISTERED | creditCode
            """)
    void registeringAnOrganisation(String description, String name, String creditCode, String expected, String field) {
        directory.add(new OrganisationDirectory.Organisation(OrganisationId.of("O-0"), "兴隆台区社区服务中心",
                "53120000MJ0000003D", null, null));

        var result = fixture.givenNoPriorActivity().when(new RegisterOrganisation(ORGANISATION, name, creditCode));
        if (expected.equals("REGISTERED")) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(new OrganisationRegistered(ORGANISATION, name, creditCode));
        } else {
            result.expectNoEvents().expectException(violates(OrganisationErrorCode.valueOf(expected), field));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rating
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void recordsARating() {
        fixture.given(registered())
                .when(new RateOrganisation(ORGANISATION, " 4A ", LocalDate.of(2026, 6, 30)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationRated(ORGANISATION, "4A", LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aLaterAssessmentIsRecordedAsAnotherRating() {
        fixture.given(registered(), new OrganisationRated(ORGANISATION, "3A", LocalDate.of(2021, 6, 30)))
                .when(new RateOrganisation(ORGANISATION, "5A", TODAY))
                .expectEvents(new OrganisationRated(ORGANISATION, "5A", TODAY));
    }

    static Stream<Arguments> refusedRatings() {
        return Stream.of(
                // case, command, rule broken, field at fault
                arguments("no rating", new RateOrganisation(ORGANISATION, null, TODAY), RATING_REQUIRED, "rating"),
                arguments("blank rating", new RateOrganisation(ORGANISATION, "  ", TODAY), RATING_REQUIRED, "rating"),
                arguments("no effective date", new RateOrganisation(ORGANISATION, "5A", null), EFFECTIVE_DATE_REQUIRED, "effectiveDate"),
                arguments("rated tomorrow", new RateOrganisation(ORGANISATION, "5A", TOMORROW), EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("refusedRatings")
    void refusedRating(String description, RateOrganisation command, OrganisationErrorCode code, String field) {
        fixture.given(registered())
                .when(command)
                .expectNoEvents()
                .expectException(violates(code, field));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Debarment
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void barsAnOrganisationForThreeYearsAfterAFraudFinding() {
        fixture.given(registered())
                .when(new DebarOrganisation(ORGANISATION, LocalDate.of(2029, 11, 20), " 骗取财政资金 ", " contract C-7 ",
                        LocalDate.of(2026, 11, 20)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationDebarred(ORGANISATION, LocalDate.of(2029, 11, 20), "骗取财政资金",
                        "contract C-7", LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aBlankReferenceIsRecordedAsNone() {
        fixture.given(registered())
                .when(new DebarOrganisation(ORGANISATION, LocalDate.of(2027, 1, 1), "严重失信", "  ", TODAY))
                .expectEvents(new OrganisationDebarred(ORGANISATION, LocalDate.of(2027, 1, 1), "严重失信", null, TODAY));
    }

    @Test
    void aDebarmentEndingLaterExtendsTheOneInForce() {
        fixture.given(registered(), debarred(LocalDate.of(2028, 1, 1), LocalDate.of(2025, 1, 1)))
                .when(new DebarOrganisation(ORGANISATION, LocalDate.of(2029, 11, 20), "骗取财政资金", null, TODAY))
                .expectEvents(new OrganisationDebarred(ORGANISATION, LocalDate.of(2029, 11, 20), "骗取财政资金", null, TODAY));
    }

    @Test
    void aDebarmentEndingEarlierIsRecordedButDoesNotShortenTheOneInForce() {
        fixture.given(registered(), debarred(LocalDate.of(2029, 11, 20), LocalDate.of(2026, 11, 20)))
                .when(new DebarOrganisation(ORGANISATION, LocalDate.of(2027, 6, 1), "挪用项目资金", "contract C-9", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationDebarred(ORGANISATION, LocalDate.of(2029, 11, 20), "挪用项目资金",
                        "contract C-9", TODAY));
    }

    @Test
    void aDebarmentEndingOnTheSameDayKeepsThatDay() {
        fixture.given(registered(), debarred(LocalDate.of(2029, 11, 20), LocalDate.of(2026, 11, 20)))
                .when(new DebarOrganisation(ORGANISATION, LocalDate.of(2029, 11, 20), "第二项认定", null, TODAY))
                .expectEvents(new OrganisationDebarred(ORGANISATION, LocalDate.of(2029, 11, 20), "第二项认定", null, TODAY));
    }

    @Test
    void aDebarmentAfterAnExpiredOneRunsToItsOwnEnd() {
        fixture.given(registered(), debarred(LocalDate.of(2023, 1, 1), LocalDate.of(2020, 1, 1)))
                .when(new DebarOrganisation(ORGANISATION, LocalDate.of(2027, 1, 1), "严重失信", null, TODAY))
                .expectEvents(new OrganisationDebarred(ORGANISATION, LocalDate.of(2027, 1, 1), "严重失信", null, TODAY));
    }

    static Stream<Arguments> refusedDebarments() {
        return Stream.of(
                // case, command, rule broken, field at fault
                arguments("ends the day it starts", debar(TODAY, "严重失信", TODAY), DEBARMENT_MUST_END_AFTER_IT_STARTS, "until"),
                arguments("ends before it starts", debar(TODAY.minusDays(1), "严重失信", TODAY), DEBARMENT_MUST_END_AFTER_IT_STARTS, "until"),
                arguments("no end", debar(null, "严重失信", TODAY), DEBARMENT_MUST_END_AFTER_IT_STARTS, "until"),
                arguments("no reason", debar(TODAY.plusYears(3), null, TODAY), REASON_REQUIRED, "reason"),
                arguments("blank reason", debar(TODAY.plusYears(3), " ", TODAY), REASON_REQUIRED, "reason"),
                arguments("no effective date", debar(TODAY.plusYears(3), "严重失信", null), EFFECTIVE_DATE_REQUIRED, "effectiveDate"),
                arguments("starts tomorrow", debar(TODAY.plusYears(3), "严重失信", TOMORROW), EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("refusedDebarments")
    void refusedDebarment(String description, DebarOrganisation command, OrganisationErrorCode code, String field) {
        fixture.given(registered())
                .when(command)
                .expectNoEvents()
                .expectException(violates(code, field));
    }

    @Test
    void anEndBeforeTheStartIsRefusedEvenWhenADebarmentRunsLonger() {
        fixture.given(registered(), debarred(LocalDate.of(2029, 11, 20), LocalDate.of(2026, 11, 20)))
                .when(debar(TODAY.minusDays(1), "严重失信", TODAY))
                .expectNoEvents()
                .expectException(violates(DEBARMENT_MUST_END_AFTER_IT_STARTS, "until"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static OrganisationRegistered registered() {
        return new OrganisationRegistered(ORGANISATION, NAME, CREDIT_CODE);
    }

    private static OrganisationDebarred debarred(LocalDate until, LocalDate effectiveDate) {
        return new OrganisationDebarred(ORGANISATION, until, "骗取财政资金", "contract C-1", effectiveDate);
    }

    private static DebarOrganisation debar(LocalDate until, String reason, LocalDate effectiveDate) {
        return new DebarOrganisation(ORGANISATION, until, reason, null, effectiveDate);
    }

    private static Matcher<Throwable> violates(OrganisationErrorCode code, String field) {
        return new TypeSafeDiagnosingMatcher<>(Throwable.class) {
            @Override
            protected boolean matchesSafely(Throwable actual, Description mismatch) {
                mismatch.appendText("was ").appendValue(actual);
                return actual instanceof RuleViolation violation && violation.code() == code
                        && Objects.equals(violation.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolation ").appendText(code.name()).appendText(" on field ").appendValue(field);
            }
        };
    }

    /** The organisation directory, in memory. */
    static final class InMemoryOrganisations implements OrganisationDirectory {
        private final Map<OrganisationId, Organisation> organisations = new HashMap<>();

        void add(Organisation organisation) {
            organisations.put(organisation.organisationId(), organisation);
        }

        @Override
        public Optional<Organisation> find(OrganisationId organisationId) {
            return Optional.ofNullable(organisations.get(organisationId));
        }

        @Override
        public Optional<OrganisationId> findByCreditCode(String creditCode) {
            return organisations.values().stream().filter(o -> o.creditCode().equals(creditCode))
                    .map(Organisation::organisationId).findFirst();
        }
    }
}
