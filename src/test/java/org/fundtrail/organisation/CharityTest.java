package org.fundtrail.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.organisation.api.CharityDirectory;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.CharityRegistered;
import org.fundtrail.organisation.api.OrganisationErrorCode;
import org.fundtrail.organisation.api.RegisterCharity;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

class CharityTest {

    private static final CharityId CHARITY = CharityId.of("C-1");
    private static final String CREDIT_CODE = "53120000MJ00000017";

    private final InMemoryCharities directory = new InMemoryCharities();
    private AggregateTestFixture<Charity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Charity.class);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void registersACharityByItsCreditCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCharity(CHARITY, "  和平区慈善协会 ", CREDIT_CODE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CharityRegistered(CHARITY, "和平区慈善协会", CREDIT_CODE));
    }

    /** Each row ends in its expected outcome: REGISTERED, or the rule broken and the field at fault. */
    @ParameterizedTest(name = "{0} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | name           | credit code         | expected                       | at
            valid                                   | 和平区慈善协会  | 53120000MJ00000017  | REGISTERED                     | -
            another valid code                      | 和平区慈善协会  | 52120000MJ0000002D  | REGISTERED                     | -
            no name                                 | -              | 53120000MJ00000017  | NAME_REQUIRED                  | name
            blank name                              | '  '           | 53120000MJ00000017  | NAME_REQUIRED                  | name
            wrong check character                   | 和平区慈善协会  | 53120000MJ00000018  | INVALID_CREDIT_CODE            | creditCode
            17 characters                           | 和平区慈善协会  | 53120000MJ0000001   | INVALID_CREDIT_CODE            | creditCode
            letter I for a one                      | 和平区慈善协会  | 53I20000MJ00000017  | INVALID_CREDIT_CODE            | creditCode
            no credit code                          | 和平区慈善协会  | -                   | INVALID_CREDIT_CODE            | creditCode
            code another charity registered         | 和平区慈善协会  | 53120000MJ0000003D  | CREDIT_CODE_ALREADY_REGISTERED | creditCode
            """)
    void registeringACharity(String description, String name, String creditCode, String expected, String field) {
        directory.add(new CharityDirectory.Charity(CharityId.of("C-0"), "沈河区慈善会", "53120000MJ0000003D"));

        var result = fixture.givenNoPriorActivity().when(new RegisterCharity(CHARITY, name, creditCode));
        if (expected.equals("REGISTERED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new CharityRegistered(CHARITY, name, creditCode));
        } else {
            result.expectNoEvents().expectException(violates(OrganisationErrorCode.valueOf(expected), field));
        }
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

    /** The charity directory, in memory. */
    static final class InMemoryCharities implements CharityDirectory {
        private final Map<CharityId, Charity> charities = new HashMap<>();

        void add(Charity charity) {
            charities.put(charity.charityId(), charity);
        }

        @Override
        public Optional<Charity> find(CharityId charityId) {
            return Optional.ofNullable(charities.get(charityId));
        }

        @Override
        public Optional<CharityId> findByCreditCode(String creditCode) {
            return charities.values().stream().filter(c -> c.creditCode().equals(creditCode))
                    .map(Charity::charityId).findFirst();
        }
    }
}
