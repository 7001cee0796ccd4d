package org.fundtrail.fund;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.fund.api.AwardGrant;
import org.fundtrail.fund.api.FundErrorCode;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GrantAwarded;
import org.fundtrail.fund.api.GrantId;
import org.fundtrail.fund.api.GrantPaid;
import org.fundtrail.fund.api.PayGrant;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.fundtrail.fund.FakeFundFacts.ELDERLY_POOL;
import static org.fundtrail.fund.FakeFundFacts.FUND;
import static org.fundtrail.fund.FakeFundFacts.TODAY;
import static org.fundtrail.fund.FakeFundFacts.TOMORROW;
import static org.fundtrail.fund.FakeFundFacts.violates;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_BEFORE_FUND_OPENED;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_IN_FUTURE;
import static org.fundtrail.fund.api.FundErrorCode.FUND_NOT_FOUND;
import static org.fundtrail.fund.api.FundErrorCode.NAME_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.PROJECT_REQUIRED;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class GrantTest {

    private static final GrantId GRANT = GrantId.of("G-1");
    private static final String GRANTEE = "52120000MJ0000002D";
    private static final String GRANTEE_NAME = "和平街道老年协会";
    private static final String PROJECT = "助老食堂";
    private static final LocalDate AWARD_DATE = LocalDate.of(2026, 3, 1);

    private FakeFundFacts facts;
    private AggregateTestFixture<Grant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grant.class);
        facts = FakeFundFacts.standard();
        facts.registerWith(fixture);
    }

    // ---- awarding -----------------------------------------------------------------------------------------------

    @Test
    void awardsFromTheUnrestrictedPoolWhenNoneIsNamed() {
        facts.pool(FUND, Pool.UNRESTRICTED, "500.00");

        fixture.givenNoPriorActivity()
                .when(new AwardGrant(GRANT, FUND, GRANTEE, "  " + GRANTEE_NAME + " ", " " + PROJECT + " ", null,
                        Money.parse("500.00"), AWARD_DATE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(grantAwarded(Pool.UNRESTRICTED, "500.00"));
    }

    /**
     * A grant never takes more than its own pool holds; exactly what it holds is fine. Each row ends in its expected
     * outcome. The other pool is always rich, so a check that read the wrong pool would let the refused rows through.
     */
    @ParameterizedTest(name = "{0} -> {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                      | pool               | unrestricted holds | elderly holds | amount  | expected             | at
            all the unrestricted pool holds             | -                  | 500.00             | 100000.00     | 500.00  | AWARDED              | -
            all the unrestricted pool holds, named      | unrestricted       | 500.00             | 100000.00     | 500.00  | AWARDED              | -
            one fen more than the unrestricted pool     | unrestricted       | 500.00             | 100000.00     | 500.01  | EXCEEDS_POOL_BALANCE | amount
            all the elderly pool holds                  | restricted:elderly | 100000.00          | 300.00        | 300.00  | AWARDED              | -
            one fen more than the elderly pool          | restricted:elderly | 100000.00          | 299.99        | 300.00  | EXCEEDS_POOL_BALANCE | amount
            from an empty pool                          | restricted:elderly | 100000.00          | 0.00          | 0.01    | EXCEEDS_POOL_BALANCE | amount
            pool of a purpose the fund does not have    | restricted:sports  | 100000.00          | 100000.00     | 100.00  | UNKNOWN_PURPOSE      | pool
            zero                                        | unrestricted       | 500.00             | 100000.00     | 0.00    | AMOUNT_NOT_POSITIVE  | amount
            negative                                    | unrestricted       | 500.00             | 100000.00     | -1.00   | AMOUNT_NOT_POSITIVE  | amount
            no amount                                   | unrestricted       | 500.00             | 100000.00     | -       | AMOUNT_NOT_POSITIVE  | amount
            """)
    void awardingFromAPool(String description, String pool, String unrestrictedHolds, String elderlyHolds, String amount,
                           String expected, String field) {
        facts.pool(FUND, Pool.UNRESTRICTED, unrestrictedHolds).pool(FUND, ELDERLY_POOL, elderlyHolds);
        Pool named = pool == null ? null : Pool.parse(pool);
        Money money = amount == null ? null : Money.parse(amount);

        var result = fixture.givenNoPriorActivity()
                .when(new AwardGrant(GRANT, FUND, GRANTEE, GRANTEE_NAME, PROJECT, named, money, AWARD_DATE));
        if (expected.equals("AWARDED")) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(grantAwarded(named == null ? Pool.UNRESTRICTED : named, amount));
        } else {
            result.expectNoEvents().expectException(violates(FundErrorCode.valueOf(expected), field));
        }
    }

    /** The grantee is named by a 统一社会信用代码 with a correct check character. Each row ends in its outcome. */
    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                          | credit code         | expected
            valid                           | 52120000MJ0000002D  | AWARDED
            another valid one               | 53120000MJ0000003D  | AWARDED
            wrong check character           | 52120000MJ0000002E  | INVALID_CREDIT_CODE
            two characters swapped          | 52120000MJ000000D2  | INVALID_CREDIT_CODE
            17 characters                   | 52120000MJ0000002   | INVALID_CREDIT_CODE
            19 characters                   | 52120000MJ0000002DD | INVALID_CREDIT_CODE
            lower case                      | 52120000mj0000002d  | INVALID_CREDIT_CODE
            letter O for a zero             | 53120000MJO0000017  | INVALID_CREDIT_CODE
            none                            | -                   | INVALID_CREDIT_CODE
            """)
    void granteeIsIdentifiedByAValidCreditCode(String description, String creditCode, String expected) {
        facts.pool(FUND, Pool.UNRESTRICTED, "500.00");

        var result = fixture.givenNoPriorActivity()
                .when(new AwardGrant(GRANT, FUND, creditCode, GRANTEE_NAME, PROJECT, Pool.UNRESTRICTED,
                        Money.parse("500.00"), AWARD_DATE));
        if (expected.equals("AWARDED")) {
            result.expectEvents(new GrantAwarded(GRANT, FUND, creditCode, GRANTEE_NAME, PROJECT, Pool.UNRESTRICTED,
                    Money.parse("500.00"), AWARD_DATE));
        } else {
            result.expectNoEvents().expectException(violates(FundErrorCode.INVALID_CREDIT_CODE, "granteeCreditCode"));
        }
    }

    static Stream<Arguments> refusedAwards() {
        Money amount = Money.parse("100.00");
        return Stream.of(
                // case, the award, broken rule, field at fault
                arguments("fund that does not exist", new AwardGrant(GRANT, FundId.of("F-404"), GRANTEE, GRANTEE_NAME, PROJECT, null, amount, AWARD_DATE), FUND_NOT_FOUND, "fundId"),
                arguments("grantee without a name", new AwardGrant(GRANT, FUND, GRANTEE, " ", PROJECT, null, amount, AWARD_DATE), NAME_REQUIRED, "granteeName"),
                arguments("no project", new AwardGrant(GRANT, FUND, GRANTEE, GRANTEE_NAME, null, null, amount, AWARD_DATE), PROJECT_REQUIRED, "project"),
                arguments("blank project", new AwardGrant(GRANT, FUND, GRANTEE, GRANTEE_NAME, "  ", null, amount, AWARD_DATE), PROJECT_REQUIRED, "project"),
                arguments("dated tomorrow", new AwardGrant(GRANT, FUND, GRANTEE, GRANTEE_NAME, PROJECT, null, amount, TOMORROW), EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"),
                arguments("dated before the fund opened", new AwardGrant(GRANT, FUND, GRANTEE, GRANTEE_NAME, PROJECT, null, amount, LocalDate.of(2025, 12, 31)), EFFECTIVE_DATE_BEFORE_FUND_OPENED, "effectiveDate"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("refusedAwards")
    void awardingIsRefused(String description, AwardGrant command, FundErrorCode expected, String field) {
        facts.pool(FUND, Pool.UNRESTRICTED, "100000.00");

        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(violates(expected, field));
    }

    // ---- paying -------------------------------------------------------------------------------------------------

    /**
     * The grant awarded 1,000.00 on 2026-03-01; payments before are written number:amount. Payments never exceed what
     * was awarded, are numbered from 1, each number used once, and are not dated before the award (the committed
     * account would be negative for the days in between). Each row ends in its expected outcome.
     */
    @ParameterizedTest(name = "{0} -> {6} {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                   | paid before       | number | amount  | fund | effective  | expected                 | at
            first instalment                         | -                 | 1      | 600.00  | F-1  | 2026-11-27 | PAID                     | -
            the whole award at once                  | -                 | 1      | 1000.00 | F-1  | 2026-11-27 | PAID                     | -
            back-dated to the award date             | -                 | 1      | 600.00  | F-1  | 2026-03-01 | PAID                     | -
            second instalment, exactly the rest      | 1:600.00          | 2      | 400.00  | F-1  | 2026-11-27 | PAID                     | -
            one fen more than awarded                | -                 | 1      | 1000.01 | F-1  | 2026-11-27 | EXCEEDS_AWARDED_AMOUNT   | amount
            second instalment, one fen over the rest | 1:600.00          | 2      | 400.01  | F-1  | 2026-11-27 | EXCEEDS_AWARDED_AMOUNT   | amount
            anything once fully paid                 | 1:600.00 2:400.00 | 3      | 0.01    | F-1  | 2026-11-27 | EXCEEDS_AWARDED_AMOUNT   | amount
            payment number already used              | 1:600.00          | 1      | 100.00  | F-1  | 2026-11-27 | PAYMENT_ALREADY_RECORDED | paymentNumber
            zero                                     | -                 | 1      | 0.00    | F-1  | 2026-11-27 | AMOUNT_NOT_POSITIVE      | amount
            negative                                 | 1:600.00          | 2      | -100.00 | F-1  | 2026-11-27 | AMOUNT_NOT_POSITIVE      | amount
            addressed through another fund           | -                 | 1      | 600.00  | F-2  | 2026-11-27 | RECORD_NOT_IN_FUND       | fundId
            dated tomorrow                           | -                 | 1      | 600.00  | F-1  | 2026-11-28 | EFFECTIVE_DATE_IN_FUTURE | effectiveDate
            dated the day before the award           | -                 | 1      | 600.00  | F-1  | 2026-02-28 | EFFECTIVE_DATE_BEFORE_RECORD | effectiveDate
            payment number 0                         | -                 | 0      | 600.00  | F-1  | 2026-11-27 | PAYMENT_NUMBER_INVALID   | paymentNumber
            payment number -1                        | -                 | -1     | 600.00  | F-1  | 2026-11-27 | PAYMENT_NUMBER_INVALID   | paymentNumber
            """)
    void payingAGrant(String description, String paidBefore, int number, String amount, String fund, LocalDate effective,
                      String expected, String field) {
        List<Object> history = new ArrayList<>();
        history.add(grantAwarded(Pool.UNRESTRICTED, "1000.00"));
        if (paidBefore != null) {
            for (String payment : paidBefore.split(" ")) {
                String[] numberAndAmount = payment.split(":");
                history.add(grantPaid(Integer.parseInt(numberAndAmount[0]), numberAndAmount[1], TODAY));
            }
        }

        var result = fixture.given(history)
                .when(new PayGrant(GRANT, FundId.of(fund), number, Money.parse(amount), effective));
        if (expected.equals("PAID")) {
            result.expectSuccessfulHandlerExecution().expectEvents(grantPaid(number, amount, effective));
        } else {
            result.expectNoEvents().expectException(violates(FundErrorCode.valueOf(expected), field));
        }
    }

    private static GrantAwarded grantAwarded(Pool pool, String amount) {
        return new GrantAwarded(GRANT, FUND, GRANTEE, GRANTEE_NAME, PROJECT, pool, Money.parse(amount), AWARD_DATE);
    }

    private static GrantPaid grantPaid(int number, String amount, LocalDate effective) {
        return new GrantPaid(GRANT, FUND, GRANTEE, number, Money.parse(amount), effective);
    }
}
