package org.fundtrail.journal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.fundtrail.fund.api.DisposalId;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorKind;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.FundOpened;
import org.fundtrail.fund.api.GoodsDistributed;
import org.fundtrail.fund.api.GoodsSold;
import org.fundtrail.fund.api.GrantAwarded;
import org.fundtrail.fund.api.GrantId;
import org.fundtrail.fund.api.GrantPaid;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.fund.api.PaymentChannel;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.fund.api.RestrictedPurpose;
import org.fundtrail.fund.api.ValuationBasis;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.CharityRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Holds {@link PostingRules} to {@code ledger/chart-of-accounts.yaml}: for a sample of every event type that moves
 * money, each posting is positive, between two different accounts of known kinds, and listed under its event type;
 * and every posting the yaml lists is made by some sample.
 */
class PostingRulesTest {

    private static final ChartOfAccounts CHART = new ChartOfAccounts();

    private static final FundId FUND = FundId.of("F-1");
    private static final CharityId CHARITY = CharityId.of("C-1");
    private static final DonationId GIFT = DonationId.of("D-1");
    private static final DonationId GOODS = DonationId.of("IK-1");
    private static final GrantId GRANT = GrantId.of("G-1");
    private static final ReceiptNumber RECEIPT = ReceiptNumber.of("C-1-2026-000001");
    private static final DonorId DONOR = DonorId.of("donor-7");
    private static final PurposeCode ELDERLY = PurposeCode.of("elderly");
    private static final Pool ELDERLY_POOL = Pool.restrictedTo(ELDERLY);
    private static final String GRANTEE = "52120000MJ0000002D";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static final String UNRESTRICTED_ACCOUNT = "fund:F-1:unrestricted";
    private static final String ELDERLY_ACCOUNT = "fund:F-1:restricted:elderly";
    private static final String GOODS_ACCOUNT = "fund:F-1:goods:IK-1";
    private static final String RESULT_ACCOUNT = "fund:F-1:disposal-result";
    private static final String COMMITTED_ACCOUNT = "fund:F-1:committed:G-1";

    /**
     * A sample of every event type that moves money, of both streams (the public stream's are in
     * {@link PublicFundPostingSamples}); each row ends in the postings it must make.
     */
    static Stream<Arguments> samples() {
        return Stream.concat(fundSamples(), PublicFundPostingSamples.samples());
    }

    static Stream<Arguments> fundSamples() {
        return Stream.of(
                arguments("unrestricted gift by WeChat Pay", donation(PaymentChannel.WECHAT_PAY, null, "100.00"),
                        List.of(posting(UNRESTRICTED_ACCOUNT, "donors:wechat-pay", "100.00", "DONATION"))),
                arguments("gift to the elderly by bank", donation(PaymentChannel.BANK, ELDERLY, "5000.00"),
                        List.of(posting(ELDERLY_ACCOUNT, "donors:bank", "5000.00", "DONATION"))),
                arguments("gift by Alipay", donation(PaymentChannel.ALIPAY, null, "0.01"),
                        List.of(posting(UNRESTRICTED_ACCOUNT, "donors:alipay", "0.01", "DONATION"))),
                arguments("gift in cash", donation(PaymentChannel.CASH, ELDERLY, "20.00"),
                        List.of(posting(ELDERLY_ACCOUNT, "donors:cash", "20.00", "DONATION"))),
                arguments("gift reversed", new DonationReversed(GIFT, FUND, RECEIPT, PaymentChannel.WECHAT_PAY,
                                Money.parse("100.00"), ELDERLY_POOL, "录入重复", DAY),
                        List.of(posting("donors:wechat-pay", ELDERLY_ACCOUNT, "100.00", "DONATION_REVERSAL"))),
                arguments("goods donated", inKindDonation(),
                        List.of(posting(GOODS_ACCOUNT, "donors:in-kind", "699.00", "IN_KIND_DONATION"))),
                arguments("goods donation reversed", new InKindDonationReversed(GOODS, FUND, RECEIPT, Money.parse("699.00"), "录入错误", DAY),
                        List.of(posting("donors:in-kind", GOODS_ACCOUNT, "699.00", "IN_KIND_REVERSAL"))),
                arguments("goods distributed", new GoodsDistributed(GOODS, DisposalId.of("X-1"), FUND, 1, new BigDecimal("4"),
                                Money.parse("239.60"), "和平街道 12 户困难老人", DAY),
                        List.of(posting("beneficiaries:fund:F-1", GOODS_ACCOUNT, "239.60", "GOODS_DISTRIBUTED"))),
                arguments("goods sold at a gain", sale("599.00", "650.00"),
                        List.of(posting(ELDERLY_ACCOUNT, GOODS_ACCOUNT, "599.00", "GOODS_SOLD"),
                                posting(ELDERLY_ACCOUNT, RESULT_ACCOUNT, "51.00", "GOODS_SALE_GAIN"))),
                arguments("goods sold at a loss", sale("599.00", "500.00"),
                        List.of(posting(ELDERLY_ACCOUNT, GOODS_ACCOUNT, "500.00", "GOODS_SOLD"),
                                posting(RESULT_ACCOUNT, GOODS_ACCOUNT, "99.00", "GOODS_SALE_LOSS"))),
                arguments("goods sold at exactly book value: no zero gain", sale("599.00", "599.00"),
                        List.of(posting(ELDERLY_ACCOUNT, GOODS_ACCOUNT, "599.00", "GOODS_SOLD"))),
                arguments("goods sold for nothing: no zero sale", sale("100.00", "0.00"),
                        List.of(posting(RESULT_ACCOUNT, GOODS_ACCOUNT, "100.00", "GOODS_SALE_LOSS"))),
                arguments("goods with no book value left sold: all gain", sale("0.00", "12.50"),
                        List.of(posting(ELDERLY_ACCOUNT, RESULT_ACCOUNT, "12.50", "GOODS_SALE_GAIN"))),
                arguments("unrestricted goods sold", new GoodsSold(GOODS, DisposalId.of("X-2"), FUND, 1, BigDecimal.ONE,
                                Money.parse("59.90"), Money.parse("60.00"), Pool.UNRESTRICTED, "义卖会买家", DAY),
                        List.of(posting(UNRESTRICTED_ACCOUNT, GOODS_ACCOUNT, "59.90", "GOODS_SOLD"),
                                posting(UNRESTRICTED_ACCOUNT, RESULT_ACCOUNT, "0.10", "GOODS_SALE_GAIN"))),
                arguments("grant awarded from the elderly pool", new GrantAwarded(GRANT, FUND, GRANTEE, "和平街道老年协会",
                                "助老食堂", ELDERLY_POOL, Money.parse("1000.00"), DAY),
                        List.of(posting(COMMITTED_ACCOUNT, ELDERLY_ACCOUNT, "1000.00", "GRANT_AWARDED"))),
                arguments("grant awarded from the unrestricted pool", new GrantAwarded(GRANT, FUND, GRANTEE, "和平街道老年协会",
                                "助老食堂", Pool.UNRESTRICTED, Money.parse("1000.00"), DAY),
                        List.of(posting(COMMITTED_ACCOUNT, UNRESTRICTED_ACCOUNT, "1000.00", "GRANT_AWARDED"))),
                arguments("grant paid", new GrantPaid(GRANT, FUND, GRANTEE, 1, Money.parse("600.00"), DAY),
                        List.of(posting("grantees:" + GRANTEE, COMMITTED_ACCOUNT, "600.00", "GRANT_PAID"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void postsWhatTheChartOfAccountsSays(String description, Object event, List<Posting> expected) {
        JournalEntry entry = PostingRules.entryFor(event);

        assertThat(entry.postings()).isEqualTo(expected);
        assertThat(entry.effectiveDate()).isEqualTo(DAY);
        for (Posting posting : entry.postings()) {
            assertThat(posting.amount().isPositive()).as("amount of %s", posting).isTrue();
            assertThat(posting.debitAccount()).as("debit and credit of %s", posting).isNotEqualTo(posting.creditAccount());
            assertThat(listedRulesFor(event)).as("(code, debit kind, credit kind) of %s", posting).contains(ruleOf(posting));
        }
    }

    /** Debit-positive balances: every posting adds as much to one account as it takes from another. */
    @Test
    void theSamplesLeaveTheSumOfAllBalancesAtZero() {
        Map<String, Long> balances = new HashMap<>();
        samples().map(sample -> sample.get()[1]).forEach(event -> PostingRules.entryFor(event).postings().forEach(posting -> {
            balances.merge(posting.debitAccount(), posting.amount().fen(), Long::sum);
            balances.merge(posting.creditAccount(), -posting.amount().fen(), Long::sum);
        }));

        assertThat(balances).isNotEmpty();
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isZero();
    }

    /** The yaml lists nothing the code never posts, and no event type the code posts goes unlisted. */
    @Test
    void everyRuleInTheChartIsPostedBySomeSample() {
        Set<String> posted = new HashSet<>();
        samples().map(sample -> sample.get()[1]).forEach(event -> PostingRules.entryFor(event).postings()
                .forEach(posting -> posted.add(event.getClass().getSimpleName() + " " + ruleOf(posting))));
        Set<String> listed = CHART.events().entrySet().stream()
                .flatMap(type -> type.getValue().stream().map(rule -> type.getKey() + " " + rule))
                .collect(Collectors.toSet());

        assertThat(posted).isEqualTo(listed);
    }

    /** A sale: proceeds enter the pool, the goods leave at book value, and the difference is the disposal result. */
    @Property
    void aSaleMovesProceedsInBookValueOutAndTheDifferenceToTheResult(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long bookValue,
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long proceeds) {
        GoodsSold sale = new GoodsSold(GOODS, DisposalId.of("X-1"), FUND, 1, BigDecimal.ONE, Money.ofFen(bookValue),
                Money.ofFen(proceeds), ELDERLY_POOL, "义卖会买家", DAY);

        List<Posting> postings = PostingRules.entryFor(sale).postings();

        Map<String, Long> change = new HashMap<>();
        for (Posting posting : postings) {
            assertThat(posting.amount().isPositive()).isTrue();
            assertThat(listedRulesFor(sale)).contains(ruleOf(posting));
            change.merge(posting.debitAccount(), posting.amount().fen(), Long::sum);
            change.merge(posting.creditAccount(), -posting.amount().fen(), Long::sum);
        }
        assertThat(change.getOrDefault(ELDERLY_ACCOUNT, 0L)).as("pool").isEqualTo(proceeds);
        assertThat(change.getOrDefault(GOODS_ACCOUNT, 0L)).as("goods").isEqualTo(-bookValue);
        assertThat(change.getOrDefault(RESULT_ACCOUNT, 0L)).as("disposal result").isEqualTo(bookValue - proceeds);
        assertThat(change.keySet()).isSubsetOf(ELDERLY_ACCOUNT, GOODS_ACCOUNT, RESULT_ACCOUNT);
    }

    @Test
    void eventsThatMoveNoMoneyPostNothing() {
        FundOpened opened = new FundOpened(FUND, CHARITY, "和平街道社区基金", "和平街道",
                List.of(new RestrictedPurpose(ELDERLY, "助老")), Money.ofYuan(50_000), DAY);
        CharityRegistered registered = new CharityRegistered(CHARITY, "和平区慈善协会", "53120000MJ00000017");

        assertThat(PostingRules.entryFor(opened).postings()).isEmpty();
        assertThat(PostingRules.entryFor(registered).postings()).isEmpty();
        assertThat(PostingRules.entryFor("not an event").postings()).isEmpty();
    }

    /** A sale at book value of goods with no book value left (nothing moves) posts nothing rather than a zero leg. */
    @Test
    void aSaleOfNothingForNothingPostsNothing() {
        assertThat(PostingRules.entryFor(sale("0.00", "0.00")).postings()).isEmpty();
    }

    @Test
    void aDistributionOfGoodsWithNoBookValueLeftPostsNothing() {
        GoodsDistributed worthless = new GoodsDistributed(GOODS, DisposalId.of("X-1"), FUND, 1, BigDecimal.ONE,
                Money.ZERO, "和平街道 12 户困难老人", DAY);

        assertThat(PostingRules.entryFor(worthless).postings()).isEmpty();
    }

    private static ChartOfAccounts.Rule ruleOf(Posting posting) {
        return new ChartOfAccounts.Rule(posting.code(), kindOf(posting.debitAccount()), kindOf(posting.creditAccount()));
    }

    private static String kindOf(String account) {
        return CHART.kindOf(account).map(ChartOfAccounts.Kind::kind)
                .orElseThrow(() -> new AssertionError("account " + account + " matches no kind in the chart of accounts"));
    }

    private static List<ChartOfAccounts.Rule> listedRulesFor(Object event) {
        return CHART.events().getOrDefault(event.getClass().getSimpleName(), List.of());
    }

    private static Posting posting(String debit, String credit, String amount, String code) {
        return new Posting(debit, credit, Money.parse(amount), code);
    }

    private static DonationRecorded donation(PaymentChannel channel, PurposeCode purpose, String amount) {
        return new DonationRecorded(GIFT, FUND, CHARITY, RECEIPT, DONOR, DonorKind.INDIVIDUAL, false, false, channel,
                Money.parse(amount), purpose, DAY);
    }

    private static InKindDonationRecorded inKindDonation() {
        return new InKindDonationRecorded(GOODS, FUND, CHARITY, RECEIPT, DONOR, DonorKind.COMPANY, false, true,
                List.of(new InKindItem(1, "大米", new BigDecimal("10"), "袋", Money.parse("59.90"), Money.parse("599.00")),
                        new InKindItem(2, "茶叶", new BigDecimal("0.3"), "kg", Money.parse("333.33"), Money.parse("100.00"))),
                ValuationBasis.INVOICE, "发票 No. 044031900111", ELDERLY, Money.parse("699.00"), DAY);
    }

    private static GoodsSold sale(String bookValue, String proceeds) {
        return new GoodsSold(GOODS, DisposalId.of("X-1"), FUND, 2, new BigDecimal("0.1"), Money.parse(bookValue),
                Money.parse(proceeds), ELDERLY_POOL, "义卖会买家", DAY);
    }
}
