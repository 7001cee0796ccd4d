package org.fundtrail.fund;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.infra.RuleCode;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityDirectory;
import org.fundtrail.organisation.api.CharityId;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory stand-ins for the fund's command-side tables ({@link FundDirectory}, {@link FundPools},
 * {@link ReceiptBook}) and the charity directory, plus a fixed clock. {@link #registerWith} hands them to an Axon
 * fixture, which passes them to the aggregates' command handlers as extra parameters.
 * <p>
 * The world they describe: charity {@link #CHARITY} hosts fund {@link #FUND} (opened {@link #FUND_OPENED}, purposes
 * {@code elderly} and {@code children}) and fund {@link #OTHER_FUND}; today is {@link #TODAY} in Shanghai.
 */
final class FakeFundFacts implements FundDirectory, FundPools, ReceiptBook, CharityDirectory {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    /** 00:30 in Shanghai, still the 26th in UTC: a rule that ignored the clock's zone would call today "tomorrow". */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY, LocalTime.of(0, 30), ZONE).toInstant(), ZONE);

    static final CharityId CHARITY = CharityId.of("C-1");
    static final String CHARITY_CREDIT_CODE = "53120000MJ00000017";
    static final FundId FUND = FundId.of("F-1");
    static final FundId OTHER_FUND = FundId.of("F-2");
    static final LocalDate FUND_OPENED = LocalDate.of(2026, 1, 1);
    static final PurposeCode ELDERLY = PurposeCode.of("elderly");
    static final PurposeCode CHILDREN = PurposeCode.of("children");
    static final Pool ELDERLY_POOL = Pool.restrictedTo(ELDERLY);

    private final Map<CharityId, Charity> charities = new HashMap<>();
    private final Map<FundId, FundFacts> funds = new HashMap<>();
    private final Map<String, Money> pools = new HashMap<>();
    private final Map<String, Long> receiptCounters = new HashMap<>();

    /** The usual world: {@link #CHARITY} registered, {@link #FUND} and {@link #OTHER_FUND} open, every pool empty. */
    static FakeFundFacts standard() {
        return new FakeFundFacts()
                .charity(CHARITY, "和平区慈善协会", CHARITY_CREDIT_CODE)
                .fund(FUND, CHARITY, FUND_OPENED, ELDERLY, CHILDREN)
                .fund(OTHER_FUND, CHARITY, FUND_OPENED, ELDERLY);
    }

    void registerWith(AggregateTestFixture<?> fixture) {
        fixture.registerInjectableResource(this);
        fixture.registerInjectableResource(CLOCK);
    }

    FakeFundFacts charity(CharityId id, String name, String creditCode) {
        charities.put(id, new Charity(id, name, creditCode));
        return this;
    }

    FakeFundFacts fund(FundId id, CharityId charity, LocalDate openedOn, PurposeCode... purposes) {
        funds.put(id, new FundFacts(id, charity, Set.of(purposes), openedOn));
        return this;
    }

    FakeFundFacts pool(FundId fund, Pool pool, String balance) {
        pools.put(key(fund, pool), Money.parse(balance));
        return this;
    }

    /** As if {@code issued} receipts had already been numbered for the charity in that year. */
    FakeFundFacts receiptsIssued(CharityId charity, int year, long issued) {
        receiptCounters.put(charity.value() + "/" + year, issued);
        return this;
    }

    long receiptsIssued(CharityId charity, int year) {
        return receiptCounters.getOrDefault(charity.value() + "/" + year, 0L);
    }

    @Override
    public Optional<FundFacts> find(FundId fundId) {
        return Optional.ofNullable(funds.get(fundId));
    }

    @Override
    public Money lockForOutflow(FundId fundId, Pool pool) {
        return pools.getOrDefault(key(fundId, pool), Money.ZERO);
    }

    @Override
    public ReceiptNumber next(CharityId charityId, int year) {
        long number = receiptCounters.merge(charityId.value() + "/" + year, 1L, Long::sum);
        return ReceiptNumber.format(charityId.value(), year, number);
    }

    @Override
    public Optional<Charity> find(CharityId charityId) {
        return Optional.ofNullable(charities.get(charityId));
    }

    @Override
    public Optional<CharityId> findByCreditCode(String creditCode) {
        return charities.values().stream().filter(c -> c.creditCode().equals(creditCode)).map(Charity::charityId).findFirst();
    }

    private static String key(FundId fund, Pool pool) {
        return fund.value() + "/" + pool.key();
    }

    /** The refusal is a {@link RuleViolation} of exactly this rule, blaming exactly this request field. */
    static Matcher<Throwable> violates(RuleCode code, String field) {
        return org.fundtrail.RuleViolations.violates(code, field);
    }
}
