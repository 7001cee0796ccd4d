package org.fundtrail.fund;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorKind;
import org.fundtrail.fund.api.FundErrorCode;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.PaymentChannel;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.fund.api.RecordDonation;
import org.fundtrail.fund.api.ReverseDonation;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.fund.FakeFundFacts.CHARITY;
import static org.fundtrail.fund.FakeFundFacts.ELDERLY;
import static org.fundtrail.fund.FakeFundFacts.ELDERLY_POOL;
import static org.fundtrail.fund.FakeFundFacts.FUND;
import static org.fundtrail.fund.FakeFundFacts.TODAY;
import static org.fundtrail.fund.FakeFundFacts.violates;
import static org.fundtrail.fund.api.FundErrorCode.ALREADY_REVERSED;

class DonationTest {

    private static final DonationId DONATION = DonationId.of("D-1");
    private static final DonorId DONOR = DonorId.of("donor-7");
    private static final LocalDate GIFT_DATE = LocalDate.of(2026, 3, 10);

    private FakeFundFacts facts;
    private AggregateTestFixture<Donation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Donation.class);
        facts = FakeFundFacts.standard();
        facts.registerWith(fixture);
    }

    // ---- recording ----------------------------------------------------------------------------------------------

    @Test
    void recordsAGiftWithTheNextReceiptOfTheFundsCharity() {
        fixture.givenNoPriorActivity()
                .when(recordDonation("100.00", ELDERLY, GIFT_DATE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(donationRecorded("100.00", ELDERLY, GIFT_DATE, "C-1-2026-000001"));
    }

    /**
     * Each row changes one thing in an otherwise valid donation (100.00 to F-1 by WeChat Pay, named donor) and ends
     * in its expected outcome: RECORDED, or the rule it breaks and the field at fault. F-1 opened 2026-01-01 with
     * purposes elderly and children; today is 2026-11-27.
     */
    @ParameterizedTest(name = "{0} -> {7} {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                               | fund  | amount | purpose  | anonymous | consent | effective  | expected                           | at
            smallest gift                        | F-1   | 0.01   | -        | false     | false   | 2026-11-27 | RECORDED                           | -
            restricted to a purpose of the fund  | F-1   | 100.00 | children | false     | false   | 2026-11-27 | RECORDED                           | -
            anonymous, no consent                | F-1   | 100.00 | -        | true      | false   | 2026-11-27 | RECORDED                           | -
            named, consents to publication       | F-1   | 100.00 | -        | false     | true    | 2026-11-27 | RECORDED                           | -
            back-dated to the opening day        | F-1   | 100.00 | -        | false     | false   | 2026-01-01 | RECORDED                           | -
            fund that does not exist             | F-404 | 100.00 | -        | false     | false   | 2026-11-27 | FUND_NOT_FOUND                     | fundId
            zero                                 | F-1   | 0.00   | -        | false     | false   | 2026-11-27 | AMOUNT_NOT_POSITIVE                | amount
            negative                             | F-1   | -5.00  | -        | false     | false   | 2026-11-27 | AMOUNT_NOT_POSITIVE                | amount
            no amount                            | F-1   | -      | -        | false     | false   | 2026-11-27 | AMOUNT_NOT_POSITIVE                | amount
            purpose the fund does not have       | F-1   | 100.00 | sports   | false     | false   | 2026-11-27 | UNKNOWN_PURPOSE                    | purpose
            anonymous yet consents to publication| F-1   | 100.00 | -        | true      | true    | 2026-11-27 | ANONYMOUS_NAME_CANNOT_BE_PUBLISHED | nameMayBePublished
            dated tomorrow                       | F-1   | 100.00 | -        | false     | false   | 2026-11-28 | EFFECTIVE_DATE_IN_FUTURE           | effectiveDate
            dated the day before the fund opened | F-1   | 100.00 | -        | false     | false   | 2025-12-31 | EFFECTIVE_DATE_BEFORE_FUND_OPENED  | effectiveDate
            """)
    void recordingADonation(String description, String fund, String amount, String purpose, boolean anonymous,
                            boolean consent, LocalDate effective, String expected, String field) {
        RecordDonation command = new RecordDonation(DONATION, FundId.of(fund), DONOR, DonorKind.INDIVIDUAL, anonymous,
                consent, PaymentChannel.WECHAT_PAY, amount == null ? null : Money.parse(amount),
                purpose == null ? null : PurposeCode.of(purpose), effective);
        var result = fixture.givenNoPriorActivity().when(command);
        if (expected.equals("RECORDED")) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(new DonationRecorded(DONATION, FUND, CHARITY, ReceiptNumber.of("C-1-2026-000001"),
                            DONOR, DonorKind.INDIVIDUAL, anonymous, consent, PaymentChannel.WECHAT_PAY,
                            command.amount(), command.purpose(), effective));
        } else {
            result.expectNoEvents().expectException(violates(FundErrorCode.valueOf(expected), field));
        }
    }

    @Test
    void receiptContinuesTheCharitysSequenceForTheYear() {
        facts.receiptsIssued(CHARITY, 2026, 41);

        fixture.givenNoPriorActivity()
                .when(recordDonation("100.00", null, GIFT_DATE))
                .expectEvents(donationRecorded("100.00", null, GIFT_DATE, "C-1-2026-000042"));
    }

    @Test
    void receiptComesFromTheBookOfTheCharityHostingTheFund() {
        CharityId otherCharity = CharityId.of("C-2");
        FundId otherCharitysFund = FundId.of("F-3");
        facts.charity(otherCharity, "沈河区慈善会", "52120000MJ0000002D").fund(otherCharitysFund, otherCharity, LocalDate.of(2026, 1, 1));
        facts.receiptsIssued(CHARITY, 2026, 41);

        fixture.givenNoPriorActivity()
                .when(new RecordDonation(DONATION, otherCharitysFund, DONOR, DonorKind.COMPANY, false, true,
                        PaymentChannel.BANK, Money.parse("100.00"), null, GIFT_DATE))
                .expectEvents(new DonationRecorded(DONATION, otherCharitysFund, otherCharity,
                        ReceiptNumber.of("C-2-2026-000001"), DONOR, DonorKind.COMPANY, false, true, PaymentChannel.BANK,
                        Money.parse("100.00"), null, GIFT_DATE));
    }

    /** The receipt is issued today, so it is numbered in today's year, even for a gift back-dated into last year. */
    @Test
    void receiptIsNumberedInTheYearItIsIssued() {
        FundId oldFund = FundId.of("F-2025");
        facts.fund(oldFund, CHARITY, LocalDate.of(2025, 6, 1));
        LocalDate lastNewYearsEve = LocalDate.of(2025, 12, 31);

        fixture.givenNoPriorActivity()
                .when(new RecordDonation(DONATION, oldFund, DONOR, DonorKind.INDIVIDUAL, false, false,
                        PaymentChannel.CASH, Money.parse("20.00"), null, lastNewYearsEve))
                .expectEvents(new DonationRecorded(DONATION, oldFund, CHARITY, ReceiptNumber.of("C-1-2026-000001"),
                        DONOR, DonorKind.INDIVIDUAL, false, false, PaymentChannel.CASH, Money.parse("20.00"), null,
                        lastNewYearsEve));
    }

    /** Receipt numbers have no gaps: a refused donation must not take one. */
    @Test
    void aRefusedDonationTakesNoReceiptNumber() {
        fixture.givenNoPriorActivity()
                .when(recordDonation("100.00", ELDERLY, FakeFundFacts.TOMORROW))
                .expectNoEvents()
                .expectException(violates(FundErrorCode.EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"));

        assertThat(facts.receiptsIssued(CHARITY, 2026)).isZero();
    }

    // ---- reversing ----------------------------------------------------------------------------------------------

    /**
     * The gift reversed is 100.00 to the elderly pool, made 2026-03-10. The unrestricted pool always holds plenty, so
     * a reversal that read the wrong pool would let the overdrawing rows through. A reversal dated before the gift
     * would leave the pool negative for the days in between, in every point-in-time balance.
     */
    @ParameterizedTest(name = "{0} -> {6} {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                 | elderly pool | addressed to | reason      | effective  | expected                 | at
            pool holds more than the gift          | 250.00       | F-1          | 录入重复     | 2026-11-27 | REVERSED                 | -
            pool holds exactly the gift            | 100.00       | F-1          | 录入重复     | 2026-11-27 | REVERSED                 | -
            back-dated to the gift's own date      | 100.00       | F-1          | 录入重复     | 2026-03-10 | REVERSED                 | -
            part of the gift was granted onward    | 99.99        | F-1          | 录入重复     | 2026-11-27 | EXCEEDS_POOL_BALANCE     | donationId
            pool is empty                          | 0.00         | F-1          | 录入重复     | 2026-11-27 | EXCEEDS_POOL_BALANCE     | donationId
            no reason                              | 100.00       | F-1          | -           | 2026-11-27 | REASON_REQUIRED          | reason
            blank reason                           | 100.00       | F-1          | '   '       | 2026-11-27 | REASON_REQUIRED          | reason
            addressed through another fund         | 100.00       | F-2          | 录入重复     | 2026-11-27 | RECORD_NOT_IN_FUND       | fundId
            dated tomorrow                         | 100.00       | F-1          | 录入重复     | 2026-11-28 | EFFECTIVE_DATE_IN_FUTURE | effectiveDate
            dated the day before the gift          | 100.00       | F-1          | 录入重复     | 2026-03-09 | EFFECTIVE_DATE_BEFORE_RECORD | effectiveDate
            """)
    void reversingADonation(String description, String elderlyPool, String fund, String reason, LocalDate effective,
                            String expected, String field) {
        facts.pool(FUND, ELDERLY_POOL, elderlyPool).pool(FUND, Pool.UNRESTRICTED, "1000000.00");

        var result = fixture.given(donationRecorded("100.00", ELDERLY, GIFT_DATE, "C-1-2026-000001"))
                .when(new ReverseDonation(DONATION, FundId.of(fund), reason, effective));
        if (expected.equals("REVERSED")) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(new DonationReversed(DONATION, FUND, ReceiptNumber.of("C-1-2026-000001"),
                            PaymentChannel.WECHAT_PAY, Money.parse("100.00"), ELDERLY_POOL, reason.strip(), effective));
        } else {
            result.expectNoEvents().expectException(violates(FundErrorCode.valueOf(expected), field));
        }
    }

    @Test
    void anUnrestrictedGiftIsTakenBackOutOfTheUnrestrictedPool() {
        facts.pool(FUND, Pool.UNRESTRICTED, "99.99").pool(FUND, ELDERLY_POOL, "1000000.00");

        fixture.given(donationRecorded("100.00", null, GIFT_DATE, "C-1-2026-000001"))
                .when(new ReverseDonation(DONATION, FUND, "录入重复", TODAY))
                .expectNoEvents()
                .expectException(violates(FundErrorCode.EXCEEDS_POOL_BALANCE, "donationId"));
    }

    @Test
    void reasonIsStoredWithoutSurroundingBlanks() {
        facts.pool(FUND, Pool.UNRESTRICTED, "100.00");

        fixture.given(donationRecorded("100.00", null, GIFT_DATE, "C-1-2026-000001"))
                .when(new ReverseDonation(DONATION, FUND, "  捐赠人撤回  ", TODAY))
                .expectEvents(new DonationReversed(DONATION, FUND, ReceiptNumber.of("C-1-2026-000001"),
                        PaymentChannel.WECHAT_PAY, Money.parse("100.00"), Pool.UNRESTRICTED, "捐赠人撤回", TODAY));
    }

    @Test
    void aDonationIsReversedOnlyOnce() {
        facts.pool(FUND, ELDERLY_POOL, "1000.00");

        fixture.given(donationRecorded("100.00", ELDERLY, GIFT_DATE, "C-1-2026-000001"),
                        new DonationReversed(DONATION, FUND, ReceiptNumber.of("C-1-2026-000001"),
                                PaymentChannel.WECHAT_PAY, Money.parse("100.00"), ELDERLY_POOL, "录入重复", TODAY))
                .when(new ReverseDonation(DONATION, FUND, "again", TODAY))
                .expectNoEvents()
                .expectException(violates(ALREADY_REVERSED, "donationId"));
    }

    @Test
    void aDonationNeverRecordedCannotBeReversed() {
        fixture.givenNoPriorActivity()
                .when(new ReverseDonation(DONATION, FUND, "录入重复", TODAY))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    private static RecordDonation recordDonation(String amount, PurposeCode purpose, LocalDate effective) {
        return new RecordDonation(DONATION, FUND, DONOR, DonorKind.INDIVIDUAL, false, false, PaymentChannel.WECHAT_PAY,
                Money.parse(amount), purpose, effective);
    }

    private static DonationRecorded donationRecorded(String amount, PurposeCode purpose, LocalDate effective, String receipt) {
        return new DonationRecorded(DONATION, FUND, CHARITY, ReceiptNumber.of(receipt), DONOR, DonorKind.INDIVIDUAL,
                false, false, PaymentChannel.WECHAT_PAY, Money.parse(amount), purpose, effective);
    }
}
