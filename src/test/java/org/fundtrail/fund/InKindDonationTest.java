package org.fundtrail.fund;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.fund.api.Disposal;
import org.fundtrail.fund.api.DisposalId;
import org.fundtrail.fund.api.DisposeOfGoods;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorKind;
import org.fundtrail.fund.api.FundErrorCode;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GoodsDistributed;
import org.fundtrail.fund.api.GoodsSold;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.fund.api.RecordInKindDonation;
import org.fundtrail.fund.api.RecordInKindDonation.Line;
import org.fundtrail.fund.api.ReverseInKindDonation;
import org.fundtrail.fund.api.ValuationBasis;
import org.fundtrail.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.fund.FakeFundFacts.CHARITY;
import static org.fundtrail.fund.FakeFundFacts.ELDERLY;
import static org.fundtrail.fund.FakeFundFacts.ELDERLY_POOL;
import static org.fundtrail.fund.FakeFundFacts.FUND;
import static org.fundtrail.fund.FakeFundFacts.OTHER_FUND;
import static org.fundtrail.fund.FakeFundFacts.TODAY;
import static org.fundtrail.fund.FakeFundFacts.TOMORROW;
import static org.fundtrail.fund.FakeFundFacts.violates;
import static org.fundtrail.fund.api.FundErrorCode.ALREADY_REVERSED;
import static org.fundtrail.fund.api.FundErrorCode.AMOUNT_NOT_POSITIVE;
import static org.fundtrail.fund.api.FundErrorCode.ANONYMOUS_NAME_CANNOT_BE_PUBLISHED;
import static org.fundtrail.fund.api.FundErrorCode.DISPOSAL_ALREADY_RECORDED;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_BEFORE_FUND_OPENED;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_BEFORE_RECORD;
import static org.fundtrail.fund.api.FundErrorCode.EFFECTIVE_DATE_IN_FUTURE;
import static org.fundtrail.fund.api.FundErrorCode.EVIDENCE_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.EXCEEDS_REMAINING_GOODS;
import static org.fundtrail.fund.api.FundErrorCode.FUND_NOT_FOUND;
import static org.fundtrail.fund.api.FundErrorCode.GOODS_ALREADY_DISPOSED;
import static org.fundtrail.fund.api.FundErrorCode.NAME_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.NO_ITEMS;
import static org.fundtrail.fund.api.FundErrorCode.NO_SUCH_ITEM_LINE;
import static org.fundtrail.fund.api.FundErrorCode.PROCEEDS_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.QUANTITY_NOT_POSITIVE;
import static org.fundtrail.fund.api.FundErrorCode.REASON_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.RECIPIENT_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.RECORD_NOT_IN_FUND;
import static org.fundtrail.fund.api.FundErrorCode.UNKNOWN_PURPOSE;
import static org.fundtrail.fund.api.FundErrorCode.VALUATION_BASIS_REQUIRED;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The usual gift: company donor gives the elderly pool of F-1, on 2026-03-10, by invoice,
 * line 1: 10 袋 大米 at 59.90 = 599.00; line 2: 0.3 kg 茶叶 at 333.33 = 99.999, so 100.00. Total 699.00.
 */
class InKindDonationTest {

    private static final DonationId DONATION = DonationId.of("IK-1");
    private static final DonorId DONOR = DonorId.of("donor-co-3");
    private static final LocalDate GIFT_DATE = LocalDate.of(2026, 3, 10);
    private static final String RECEIPT = "C-1-2026-000001";
    private static final String EVIDENCE = "发票 No. 044031900111";
    private static final String BENEFICIARIES = "和平街道 12 户困难老人";
    private static final String BUYER = "义卖会买家";

    private FakeFundFacts facts;
    private AggregateTestFixture<InKindDonation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InKindDonation.class);
        facts = FakeFundFacts.standard();
        facts.registerWith(fixture);
    }

    // ---- recording ----------------------------------------------------------------------------------------------

    @Test
    void recordsGoodsValuedLineByLine() {
        fixture.givenNoPriorActivity()
                .when(goods().line(0, line(" 大米 ", "10", " 袋 ", "59.90")).command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(inKindDonationRecorded());
    }

    /** Line value = quantity × unit value, rounded half-up to the fen; each row ends in the expected line value. */
    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # quantity | unit value | line value
            10         | 59.90      | 599.00
            3          | 33.33      | 99.99
            0.3        | 333.33     | 100.00
            2.5        | 3.33       | 8.33
            1.5        | 0.03       | 0.05
            1.005      | 1.00       | 1.01
            0.5        | 0.01       | 0.01
            0.333      | 1.00       | 0.33
            0.125      | 0.10       | 0.01
            """)
    void lineValueIsQuantityTimesUnitValueRoundedHalfUpToTheFen(String quantity, String unitValue, String lineValue) {
        fixture.givenNoPriorActivity()
                .when(goods().items(List.of(line("大米", quantity, "袋", unitValue))).command())
                .expectEvents(recorded(List.of(item(1, "大米", quantity, "袋", unitValue, lineValue)), lineValue,
                        ValuationBasis.INVOICE));
    }

    /** 3 × 8.325 is 24.975, which would round to 24.98; the total is the sum of the rounded lines, 24.99. */
    @Test
    void totalIsTheSumOfTheRoundedLines() {
        Line salt = line("盐", "2.5", "kg", "3.33");
        fixture.givenNoPriorActivity()
                .when(goods().items(List.of(salt, salt, salt)).command())
                .expectEvents(recorded(List.of(
                        item(1, "盐", "2.5", "kg", "3.33", "8.33"),
                        item(2, "盐", "2.5", "kg", "3.33", "8.33"),
                        item(3, "盐", "2.5", "kg", "3.33", "8.33")), "24.99", ValuationBasis.INVOICE));
    }

    @ParameterizedTest
    @EnumSource(ValuationBasis.class)
    void everyValuationBasisIsAccepted(ValuationBasis basis) {
        fixture.givenNoPriorActivity()
                .when(goods().basis(basis).command())
                .expectEvents(recorded(usualItems(), "699.00", basis));
    }

    @Test
    void receiptIsTheNextNumberInTheCharitysBook() {
        facts.receiptsIssued(CHARITY, 2026, 7);

        fixture.givenNoPriorActivity()
                .when(goods().command())
                .expectEvents(new InKindDonationRecorded(DONATION, FUND, CHARITY, ReceiptNumber.of("C-1-2026-000008"),
                        DONOR, DonorKind.COMPANY, false, true, usualItems(), ValuationBasis.INVOICE, EVIDENCE, ELDERLY,
                        Money.parse("699.00"), GIFT_DATE));
    }

    static Stream<Arguments> refusedRecordings() {
        return Stream.of(
                // case, the usual gift with one thing changed, broken rule, field at fault
                arguments("fund that does not exist", goods().fund("F-404"), FUND_NOT_FOUND, "fundId"),
                arguments("no items", goods().items(List.of()), NO_ITEMS, "items"),
                arguments("items missing", goods().items(null), NO_ITEMS, "items"),
                arguments("line 2 quantity 0", goods().line(1, line("茶叶", "0", "kg", "333.33")), QUANTITY_NOT_POSITIVE, "items[1].quantity"),
                arguments("line 2 quantity -1", goods().line(1, line("茶叶", "-1", "kg", "333.33")), QUANTITY_NOT_POSITIVE, "items[1].quantity"),
                arguments("line 2 quantity missing", goods().line(1, line("茶叶", null, "kg", "333.33")), QUANTITY_NOT_POSITIVE, "items[1].quantity"),
                arguments("line 2 unit value 0.00", goods().line(1, line("茶叶", "0.3", "kg", "0.00")), AMOUNT_NOT_POSITIVE, "items[1].unitValue"),
                arguments("line 2 unit value -1.00", goods().line(1, line("茶叶", "0.3", "kg", "-1.00")), AMOUNT_NOT_POSITIVE, "items[1].unitValue"),
                arguments("line 2 unit value missing", goods().line(1, line("茶叶", "0.3", "kg", null)), AMOUNT_NOT_POSITIVE, "items[1].unitValue"),
                arguments("line 2 worth 0.4 × 0.01 = 0.004, nothing", goods().line(1, line("茶叶", "0.4", "kg", "0.01")), AMOUNT_NOT_POSITIVE, "items[1].unitValue"),
                arguments("line 1 undescribed", goods().line(0, line(" ", "10", "袋", "59.90")), NAME_REQUIRED, "items[0].description"),
                arguments("line 2 without a unit", goods().line(1, line("茶叶", "0.3", null, "333.33")), NAME_REQUIRED, "items[1].unit"),
                arguments("valuation basis missing", goods().basis(null), VALUATION_BASIS_REQUIRED, "valuationBasis"),
                arguments("evidence missing", goods().evidence(null), EVIDENCE_REQUIRED, "evidenceReference"),
                arguments("evidence blank", goods().evidence("  "), EVIDENCE_REQUIRED, "evidenceReference"),
                arguments("purpose the fund does not have", goods().purpose(PurposeCode.of("sports")), UNKNOWN_PURPOSE, "purpose"),
                arguments("anonymous yet consents to publication", goods().anonymous(true, true), ANONYMOUS_NAME_CANNOT_BE_PUBLISHED, "nameMayBePublished"),
                arguments("dated tomorrow", goods().effective(TOMORROW), EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"),
                arguments("dated before the fund opened", goods().effective(LocalDate.of(2025, 12, 31)), EFFECTIVE_DATE_BEFORE_FUND_OPENED, "effectiveDate"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("refusedRecordings")
    void recordingGoodsIsRefused(String description, Goods goods, FundErrorCode expected, String field) {
        fixture.givenNoPriorActivity()
                .when(goods.command())
                .expectNoEvents()
                .expectException(violates(expected, field));
        assertThat(facts.receiptsIssued(CHARITY, 2026)).as("receipt numbers used").isZero();
    }

    // ---- disposing ----------------------------------------------------------------------------------------------

    @Test
    void distributesPartOfALineAtItsShareOfTheBookValue() {
        fixture.given(inKindDonationRecorded())
                .when(dispose("X-1", 1, "4", Disposal.DISTRIBUTED, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GoodsDistributed(DONATION, DisposalId.of("X-1"), FUND, 1, new BigDecimal("4"),
                        Money.parse("239.60"), BENEFICIARIES, TODAY));
    }

    /** Line 2 is 0.3 kg worth 100.00; a share is rounded half-up to the fen. Each row ends in the book value. */
    @ParameterizedTest(name = "{0} kg of 0.3 -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # quantity | book value
            0.1        | 33.33
            0.2        | 66.67
            0.15       | 50.00
            0.3        | 100.00
            """)
    void aFirstDisposalTakesItsProportionalShare(String quantity, String bookValue) {
        fixture.given(inKindDonationRecorded())
                .when(dispose("X-1", 2, quantity, Disposal.DISTRIBUTED, null))
                .expectEvents(distributed("X-1", 2, quantity, bookValue));
    }

    @Test
    void theLastDisposalOfALineTakesExactlyWhatIsLeft() {
        fixture.given(inKindDonationRecorded(), distributed("X-1", 2, "0.1", "33.33"), distributed("X-2", 2, "0.1", "33.33"))
                .when(dispose("X-3", 2, "0.1", Disposal.DISTRIBUTED, null))
                .expectEvents(distributed("X-3", 2, "0.1", "33.34"));
    }

    @Test
    void disposingOfTheRestOfALineTakesItsRemainingBookValue() {
        fixture.given(inKindDonationRecorded(), distributed("X-1", 1, "4", "239.60"))
                .when(dispose("X-2", 1, "6", Disposal.DISTRIBUTED, null))
                .expectEvents(distributed("X-2", 1, "6", "359.40"));
    }

    /**
     * 3 × 0.1 kg worth 100.00 disposed one by one are valued 33.33, 33.33, 33.34: equal goods at an equal value (a
     * share of the donated value), the last taking the rounding. Prorating what is left instead (66.67 over 0.2 kg,
     * 33.335 half-up) would give 33.33, 33.34, 33.33.
     */
    @Test
    void equalDisposalsOfALineAreValuedEquallyUntilTheLast() {
        fixture.given(inKindDonationRecorded(), distributed("X-1", 2, "0.1", "33.33"))
                .when(dispose("X-2", 2, "0.1", Disposal.DISTRIBUTED, null))
                .expectEvents(distributed("X-2", 2, "0.1", "33.33"));
    }

    /**
     * 0.4 kg worth 0.02 disposed 0.1 kg at a time: each share is 0.005, half-up 0.01, so the first two take the whole
     * value and the third may take only what is left, 0.00, never 0.01.
     */
    @Test
    void aShareNeverTakesMoreThanIsLeft() {
        InKindDonationRecorded salt = recorded(List.of(item(1, "盐", "0.4", "kg", "0.05", "0.02")), "0.02",
                ValuationBasis.MARKET_PRICE);
        GoodsDistributed first = new GoodsDistributed(DONATION, DisposalId.of("X-1"), FUND, 1, new BigDecimal("0.1"),
                Money.parse("0.01"), BENEFICIARIES, TODAY);
        GoodsDistributed second = new GoodsDistributed(DONATION, DisposalId.of("X-2"), FUND, 1, new BigDecimal("0.1"),
                Money.parse("0.01"), BENEFICIARIES, TODAY);

        fixture.given(salt, first, second)
                .when(dispose("X-3", 1, "0.1", Disposal.DISTRIBUTED, null))
                .expectEvents(new GoodsDistributed(DONATION, DisposalId.of("X-3"), FUND, 1, new BigDecimal("0.1"),
                        Money.ZERO, BENEFICIARIES, TODAY));
    }

    @Test
    void goodsMayLeaveOnTheDayTheyArrived() {
        fixture.given(inKindDonationRecorded())
                .when(new DisposeOfGoods(DONATION, FUND, DisposalId.of("X-1"), 1, new BigDecimal("4"), Disposal.DISTRIBUTED,
                        null, BENEFICIARIES, GIFT_DATE))
                .expectEvents(new GoodsDistributed(DONATION, DisposalId.of("X-1"), FUND, 1, new BigDecimal("4"),
                        Money.parse("239.60"), BENEFICIARIES, GIFT_DATE));
    }

    /** Whatever the quantities, the disposals of a line add up to its recorded value to the fen, never below zero. */
    @Property
    void theDisposalsOfALineAddUpToItsValue(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long valueInFen,
                                            @ForAll("disposedQuantities") List<BigDecimal> disposals) {
        BigDecimal quantity = disposals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        InKindDonation.Remaining left = new InKindDonation.Remaining(quantity, Money.ofFen(valueInFen));
        long booked = 0;
        for (BigDecimal disposed : disposals) {
            Money bookValue = left.bookValueOf(disposed);
            assertThat(bookValue.fen()).isBetween(0L, left.bookValue().fen());
            booked += bookValue.fen();
            left = left.less(disposed, bookValue);
        }
        assertThat(booked).isEqualTo(valueInFen);
        assertThat(left.bookValue()).isEqualTo(Money.ZERO);
        assertThat(left.quantity()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Provide
    Arbitrary<List<BigDecimal>> disposedQuantities() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3)
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Test
    void sellsAtAGain() {
        fixture.given(inKindDonationRecorded())
                .when(dispose("X-1", 1, "10", Disposal.SOLD, "650.00"))
                .expectEvents(sold("X-1", 1, "10", "599.00", "650.00"));
    }

    @Test
    void sellsAtALoss() {
        fixture.given(inKindDonationRecorded())
                .when(dispose("X-1", 1, "10", Disposal.SOLD, "500.00"))
                .expectEvents(sold("X-1", 1, "10", "599.00", "500.00"));
    }

    @Test
    void sellsForNothing() {
        fixture.given(inKindDonationRecorded())
                .when(dispose("X-1", 2, "0.3", Disposal.SOLD, "0.00"))
                .expectEvents(sold("X-1", 2, "0.3", "100.00", "0.00"));
    }

    @Test
    void saleProceedsGoToThePoolOfTheGift() {
        InKindDonationRecorded unrestricted = recorded(usualItems(), "699.00", ValuationBasis.INVOICE, null);
        fixture.given(unrestricted)
                .when(dispose("X-1", 1, "10", Disposal.SOLD, "650.00"))
                .expectEvents(new GoodsSold(DONATION, DisposalId.of("X-1"), FUND, 1, new BigDecimal("10"),
                        Money.parse("599.00"), Money.parse("650.00"), Pool.UNRESTRICTED, BUYER, TODAY));
    }

    /** A sale's gain is proceeds − book value: positive a gain, negative a loss. Each row ends in the gain. */
    @ParameterizedTest(name = "book {0}, sold for {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # book value | proceeds | gain
            599.00       | 650.00   | 51.00
            599.00       | 500.00   | -99.00
            599.00       | 599.00   | 0.00
            100.00       | 0.00     | -100.00
            0.00         | 12.50    | 12.50
            """)
    void gainOrLossOfASale(String bookValue, String proceeds, String gain) {
        assertThat(sold("X-1", 1, "1", bookValue, proceeds).gain()).isEqualTo(Money.parse(gain));
    }

    static Stream<Arguments> refusedDisposals() {
        return Stream.of(
                // case, what happened before, the disposal, broken rule, field at fault
                arguments("addressed through another fund", List.of(),
                        new DisposeOfGoods(DONATION, OTHER_FUND, DisposalId.of("X-1"), 1, BigDecimal.ONE, Disposal.DISTRIBUTED, null, BENEFICIARIES, TODAY),
                        RECORD_NOT_IN_FUND, "fundId"),
                arguments("donation was reversed", List.of(reversed()),
                        dispose("X-1", 1, "1", Disposal.DISTRIBUTED, null), ALREADY_REVERSED, "donationId"),
                arguments("disposal id already used", List.of(distributed("X-1", 1, "1", "59.90")),
                        dispose("X-1", 1, "1", Disposal.DISTRIBUTED, null), DISPOSAL_ALREADY_RECORDED, "disposalId"),
                arguments("line 3 of 2", List.of(), dispose("X-1", 3, "1", Disposal.DISTRIBUTED, null), NO_SUCH_ITEM_LINE, "line"),
                arguments("line 0", List.of(), dispose("X-1", 0, "1", Disposal.DISTRIBUTED, null), NO_SUCH_ITEM_LINE, "line"),
                arguments("quantity 0", List.of(), dispose("X-1", 1, "0", Disposal.DISTRIBUTED, null), QUANTITY_NOT_POSITIVE, "quantity"),
                arguments("quantity -1", List.of(), dispose("X-1", 1, "-1", Disposal.DISTRIBUTED, null), QUANTITY_NOT_POSITIVE, "quantity"),
                arguments("quantity missing", List.of(), dispose("X-1", 1, null, Disposal.DISTRIBUTED, null), QUANTITY_NOT_POSITIVE, "quantity"),
                arguments("10.001 of 10", List.of(), dispose("X-1", 1, "10.001", Disposal.DISTRIBUTED, null), EXCEEDS_REMAINING_GOODS, "quantity"),
                arguments("7 of the 6 left", List.of(distributed("X-1", 1, "4", "239.60")),
                        dispose("X-2", 1, "7", Disposal.SOLD, "500.00"), EXCEEDS_REMAINING_GOODS, "quantity"),
                arguments("anything of a line all gone", List.of(distributed("X-1", 2, "0.3", "100.00")),
                        dispose("X-2", 2, "0.001", Disposal.DISTRIBUTED, null), EXCEEDS_REMAINING_GOODS, "quantity"),
                arguments("no recipient", List.of(), new DisposeOfGoods(DONATION, FUND, DisposalId.of("X-1"), 1, BigDecimal.ONE, Disposal.DISTRIBUTED, null, " ", TODAY),
                        RECIPIENT_REQUIRED, "recipient"),
                arguments("dated tomorrow", List.of(), new DisposeOfGoods(DONATION, FUND, DisposalId.of("X-1"), 1, BigDecimal.ONE, Disposal.DISTRIBUTED, null, BENEFICIARIES, TOMORROW),
                        EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"),
                // goods cannot leave before they arrived: the goods account would be negative for the days between
                arguments("dated the day before the goods were donated", List.of(), new DisposeOfGoods(DONATION, FUND, DisposalId.of("X-1"), 1, BigDecimal.ONE, Disposal.DISTRIBUTED, null, BENEFICIARIES, GIFT_DATE.minusDays(1)),
                        EFFECTIVE_DATE_BEFORE_RECORD, "effectiveDate"),
                arguments("sale without proceeds", List.of(), dispose("X-1", 1, "1", Disposal.SOLD, null), PROCEEDS_REQUIRED, "proceeds"),
                arguments("sale for -0.01", List.of(), dispose("X-1", 1, "1", Disposal.SOLD, "-0.01"), PROCEEDS_REQUIRED, "proceeds"));
    }

    @ParameterizedTest(name = "{0} -> {3} {4}")
    @MethodSource("refusedDisposals")
    void disposingOfGoodsIsRefused(String description, List<Object> before, DisposeOfGoods command,
                                   FundErrorCode expected, String field) {
        List<Object> history = new ArrayList<>();
        history.add(inKindDonationRecorded());
        history.addAll(before);

        fixture.given(history)
                .when(command)
                .expectNoEvents()
                .expectException(violates(expected, field));
    }

    // ---- reversing ----------------------------------------------------------------------------------------------

    @Test
    void reversesGoodsNoneOfWhichHaveLeft() {
        fixture.given(inKindDonationRecorded())
                .when(new ReverseInKindDonation(DONATION, FUND, " 捐赠人撤回 ", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InKindDonationReversed(DONATION, FUND, ReceiptNumber.of(RECEIPT), Money.parse("699.00"),
                        "捐赠人撤回", TODAY));
    }

    static Stream<Arguments> refusedReversals() {
        return Stream.of(
                // case, what happened before, the reversal, broken rule, field at fault
                arguments("some goods were distributed", List.of(distributed("X-1", 1, "1", "59.90")),
                        new ReverseInKindDonation(DONATION, FUND, "录入错误", TODAY), GOODS_ALREADY_DISPOSED, "donationId"),
                arguments("some goods were sold", List.of(sold("X-1", 2, "0.1", "33.33", "40.00")),
                        new ReverseInKindDonation(DONATION, FUND, "录入错误", TODAY), GOODS_ALREADY_DISPOSED, "donationId"),
                arguments("already reversed", List.of(reversed()),
                        new ReverseInKindDonation(DONATION, FUND, "录入错误", TODAY), ALREADY_REVERSED, "donationId"),
                arguments("no reason", List.of(),
                        new ReverseInKindDonation(DONATION, FUND, null, TODAY), REASON_REQUIRED, "reason"),
                arguments("blank reason", List.of(),
                        new ReverseInKindDonation(DONATION, FUND, " ", TODAY), REASON_REQUIRED, "reason"),
                arguments("addressed through another fund", List.of(),
                        new ReverseInKindDonation(DONATION, OTHER_FUND, "录入错误", TODAY), RECORD_NOT_IN_FUND, "fundId"),
                arguments("dated tomorrow", List.of(),
                        new ReverseInKindDonation(DONATION, FUND, "录入错误", TOMORROW), EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"),
                arguments("dated the day before the goods were donated", List.of(),
                        new ReverseInKindDonation(DONATION, FUND, "录入错误", GIFT_DATE.minusDays(1)), EFFECTIVE_DATE_BEFORE_RECORD, "effectiveDate"));
    }

    @ParameterizedTest(name = "{0} -> {3} {4}")
    @MethodSource("refusedReversals")
    void reversingGoodsIsRefused(String description, List<Object> before, ReverseInKindDonation command,
                                 FundErrorCode expected, String field) {
        List<Object> history = new ArrayList<>();
        history.add(inKindDonationRecorded());
        history.addAll(before);

        fixture.given(history)
                .when(command)
                .expectNoEvents()
                .expectException(violates(expected, field));
    }

    // ---- examples -----------------------------------------------------------------------------------------------

    private static Line line(String description, String quantity, String unit, String unitValue) {
        return new Line(description, quantity == null ? null : new BigDecimal(quantity), unit,
                unitValue == null ? null : Money.parse(unitValue));
    }

    private static InKindItem item(int line, String description, String quantity, String unit, String unitValue, String value) {
        return new InKindItem(line, description, new BigDecimal(quantity), unit, Money.parse(unitValue), Money.parse(value));
    }

    private static List<InKindItem> usualItems() {
        return List.of(item(1, "大米", "10", "袋", "59.90", "599.00"), item(2, "茶叶", "0.3", "kg", "333.33", "100.00"));
    }

    private static InKindDonationRecorded inKindDonationRecorded() {
        return recorded(usualItems(), "699.00", ValuationBasis.INVOICE);
    }

    private static InKindDonationRecorded recorded(List<InKindItem> items, String value, ValuationBasis basis) {
        return recorded(items, value, basis, ELDERLY);
    }

    private static InKindDonationRecorded recorded(List<InKindItem> items, String value, ValuationBasis basis, PurposeCode purpose) {
        return new InKindDonationRecorded(DONATION, FUND, CHARITY, ReceiptNumber.of(RECEIPT), DONOR, DonorKind.COMPANY,
                false, true, items, basis, EVIDENCE, purpose, Money.parse(value), GIFT_DATE);
    }

    private static InKindDonationReversed reversed() {
        return new InKindDonationReversed(DONATION, FUND, ReceiptNumber.of(RECEIPT), Money.parse("699.00"), "录入错误", TODAY);
    }

    private static DisposeOfGoods dispose(String id, int line, String quantity, Disposal disposal, String proceeds) {
        return new DisposeOfGoods(DONATION, FUND, DisposalId.of(id), line, quantity == null ? null : new BigDecimal(quantity),
                disposal, proceeds == null ? null : Money.parse(proceeds), disposal == Disposal.SOLD ? BUYER : BENEFICIARIES, TODAY);
    }

    private static GoodsDistributed distributed(String id, int line, String quantity, String bookValue) {
        return new GoodsDistributed(DONATION, DisposalId.of(id), FUND, line, new BigDecimal(quantity), Money.parse(bookValue),
                BENEFICIARIES, TODAY);
    }

    private static GoodsSold sold(String id, int line, String quantity, String bookValue, String proceeds) {
        return new GoodsSold(DONATION, DisposalId.of(id), FUND, line, new BigDecimal(quantity), Money.parse(bookValue),
                Money.parse(proceeds), ELDERLY_POOL, BUYER, TODAY);
    }

    private static Goods goods() {
        return new Goods();
    }

    /** The usual gift as a command, changed one thing at a time. */
    static final class Goods {
        private String fund = FUND.value();
        private List<Line> items = new ArrayList<>(List.of(
                InKindDonationTest.line("大米", "10", "袋", "59.90"), InKindDonationTest.line("茶叶", "0.3", "kg", "333.33")));
        private ValuationBasis basis = ValuationBasis.INVOICE;
        private String evidence = EVIDENCE;
        private PurposeCode purpose = ELDERLY;
        private boolean anonymous;
        private boolean nameMayBePublished = true;
        private LocalDate effective = GIFT_DATE;

        Goods fund(String fund) {
            this.fund = fund;
            return this;
        }

        Goods items(List<Line> items) {
            this.items = items;
            return this;
        }

        Goods line(int index, Line line) {
            items.set(index, line);
            return this;
        }

        Goods basis(ValuationBasis basis) {
            this.basis = basis;
            return this;
        }

        Goods evidence(String evidence) {
            this.evidence = evidence;
            return this;
        }

        Goods purpose(PurposeCode purpose) {
            this.purpose = purpose;
            return this;
        }

        Goods anonymous(boolean anonymous, boolean nameMayBePublished) {
            this.anonymous = anonymous;
            this.nameMayBePublished = nameMayBePublished;
            return this;
        }

        Goods effective(LocalDate effective) {
            this.effective = effective;
            return this;
        }

        RecordInKindDonation command() {
            return new RecordInKindDonation(DONATION, FundId.of(fund), DONOR, DonorKind.COMPANY, anonymous,
                    nameMayBePublished, items, basis, evidence, purpose, effective);
        }

        @Override
        public String toString() {
            return "the usual gift, changed";
        }
    }
}
