package org.fundtrail.journal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.ExpenditureAccepted;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.contract.api.TranchePaid;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ContractFunded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.journal.PublicFundPostingSamples.CLAWBACK;
import static org.fundtrail.journal.PublicFundPostingSamples.CONTRACT;
import static org.fundtrail.journal.PublicFundPostingSamples.CONTRACTOR;
import static org.fundtrail.journal.PublicFundPostingSamples.DAY;
import static org.fundtrail.journal.PublicFundPostingSamples.PROGRAMME;
import static org.fundtrail.journal.PublicFundPostingSamples.STREET;

/**
 * The public stream's posting rules ({@link PublicFundPostings}) against {@code ledger/chart-of-accounts.yaml}, and a
 * contract's statement computed from what they post.
 */
class PublicFundPostingRulesTest {

    private static final ChartOfAccounts CHART = new ChartOfAccounts();
    private static final Set<String> PUBLIC_KINDS = Set.of("treasury", "channel-holder", "contract-committed",
            "contract-disbursed", "contract-spent", "contract-clawback-due");

    static Stream<Arguments> samples() {
        return PublicFundPostingSamples.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void postsWhatTheChartOfAccountsSays(String description, Object event, List<Posting> expected) {
        JournalEntry entry = PostingRules.entryFor(event);

        assertThat(entry.postings()).isEqualTo(expected);
        assertThat(entry.effectiveDate()).isEqualTo(DAY);
        for (Posting posting : entry.postings()) {
            assertThat(posting.amount().isPositive()).as("amount of %s", posting).isTrue();
            assertThat(listedRulesFor(event)).as("(code, debit kind, credit kind) of %s", posting).contains(ruleOf(posting));
        }
    }

    @Test
    void eventsThatMoveNoMoneyPostNothing() {
        for (Object event : PublicFundPostingSamples.eventsThatMoveNoMoney()) {
            assertThat(PostingRules.entryFor(event).postings()).as(event.getClass().getSimpleName()).isEmpty();
            assertThat(CHART.events()).as("chart rows of %s", event.getClass().getSimpleName())
                    .doesNotContainKey(event.getClass().getSimpleName());
        }
    }

    /** Every public-stream row of the yaml is posted by some sample, and the samples post nothing the yaml lacks. */
    @Test
    void theChartListsExactlyWhatThePublicStreamPosts() {
        Set<String> posted = new HashSet<>();
        PublicFundPostingSamples.samples().map(sample -> sample.get()[1]).forEach(event -> PostingRules.entryFor(event)
                .postings().forEach(posting -> posted.add(event.getClass().getSimpleName() + " " + ruleOf(posting))));
        Set<String> listed = CHART.events().entrySet().stream()
                .flatMap(type -> type.getValue().stream()
                        .filter(rule -> PUBLIC_KINDS.contains(rule.debit()) || PUBLIC_KINDS.contains(rule.credit()))
                        .map(rule -> type.getKey() + " " + rule))
                .collect(Collectors.toSet());

        assertThat(posted).isEqualTo(listed);
    }

    /** Statements find a contract's spent accounts through its disbursed account: no rule may feed them otherwise. */
    @Test
    void onlyTheDisbursedAccountFeedsTheSpentAccounts() {
        CHART.events().values().stream().flatMap(List::stream).forEach(rule -> {
            if (rule.debit().equals("contract-spent")) {
                assertThat(rule.credit()).as(rule.toString()).isEqualTo("contract-disbursed");
            }
            if (rule.credit().equals("contract-spent")) {
                assertThat(rule.debit()).as(rule.toString()).isEqualTo("contract-disbursed");
            }
        });
    }

    @Test
    void publicAccountKindsAreWhatTheDesignSays() {
        Map<String, Boolean> nonNegative = CHART.kinds().stream()
                .filter(kind -> PUBLIC_KINDS.contains(kind.kind()))
                .collect(Collectors.toMap(ChartOfAccounts.Kind::kind, ChartOfAccounts.Kind::nonNegative));

        assertThat(nonNegative).containsEntry("treasury", false).containsEntry("channel-holder", true)
                .containsEntry("contract-committed", true).containsEntry("contract-disbursed", true)
                .containsEntry("contract-spent", true).containsEntry("contract-clawback-due", true);
        assertThat(kindOf("treasury:shenyang:non-tax-income")).isEqualTo("treasury");
        assertThat(CHART.kindOf("channel:programme:P-1:city")).as("a prefixed id is not an account").isEmpty();
        assertThat(CHART.kindOf("contract:C-1:spent:Personnel")).as("categories are lower case").isEmpty();
    }

    /**
     * A contract's whole life, with any amounts the rules allow, posts a statement that reconciles and shows what
     * happened to the fen.
     */
    @Property
    void aContractsLifeGivesAStatementThatReconciles(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long earmarked,
            @ForAll @LongRange(min = 0, max = 1_000_000) long paidShare,
            @ForAll @LongRange(min = 0, max = 1_000_000) long spentShare,
            @ForAll @LongRange(min = 0, max = 1_000_000) long clawbackShare,
            @ForAll @LongRange(min = 0, max = 1_000_000) long repaidShare,
            @ForAll @LongRange(min = 0, max = 1_000_000) long surplusShare) {
        long paid = share(earmarked, paidShare);
        long firstTranche = paid / 2;
        long spent = share(paid, spentShare);
        long personnel = spent / 3;
        long demanded = share(paid - spent, clawbackShare);
        long repaid = share(demanded, repaidShare);
        long surplus = share(paid - spent - demanded, surplusShare);
        long released = earmarked - paid;

        List<Object> events = List.of(
                new ContractFunded(PROGRAMME, CONTRACT, STREET, CONTRACTOR, "和平区", 2026, Money.ofFen(earmarked), DAY),
                new TranchePaid(CONTRACT, PROGRAMME, 1, Money.ofFen(firstTranche), "officer-1", "officer-2", DAY),
                new TranchePaid(CONTRACT, PROGRAMME, 2, Money.ofFen(paid - firstTranche), "officer-1", "officer-2", DAY),
                new ExpenditureAccepted(CONTRACT, ExpenditureId.of("E-1"), "personnel", Money.ofFen(personnel), "officer-3", DAY),
                new ExpenditureAccepted(CONTRACT, ExpenditureId.of("E-2"), "activities", Money.ofFen(spent - personnel), "officer-3", DAY),
                new ClawbackDemanded(CONTRACT, CLAWBACK, Money.ofFen(demanded), "不合理使用", DAY.plusDays(30), false, DAY),
                new ClawbackRepaid(CONTRACT, PROGRAMME, STREET, CLAWBACK, Money.ofFen(repaid), Money.ofFen(demanded - repaid), DAY),
                new SurplusReturned(CONTRACT, PROGRAMME, STREET, Money.ofFen(surplus), DAY),
                new ContractTerminated(CONTRACT, PROGRAMME, STREET, "提前终止", Money.ofFen(released), DAY));

        Statements.ContractStatement statement = Statements.contractStatement(CONTRACT.value(), null, lines(events));

        assertThat(statement.checks()).allMatch(Statements.Check::holds);
        assertThat(statement.reconciles()).isTrue();
        assertThat(statement.programmeId()).isEqualTo(PROGRAMME.value());
        assertThat(statement.fundingHolder()).isEqualTo(STREET.value());
        assertThat(statement.committedIn()).isEqualTo(Money.ofFen(earmarked));
        assertThat(statement.paid()).isEqualTo(Money.ofFen(paid));
        assertThat(statement.tranchesPaid().stream().mapToLong(t -> t.amount().fen()).sum()).isEqualTo(paid);
        assertThat(statement.spent()).isEqualTo(Money.ofFen(spent));
        assertThat(statement.clawbacks().demanded()).isEqualTo(Money.ofFen(demanded));
        assertThat(statement.clawbacks().repaid()).isEqualTo(Money.ofFen(repaid));
        assertThat(statement.released()).isEqualTo(Money.ofFen(released));
        assertThat(statement.surplusReturned()).isEqualTo(Money.ofFen(surplus));
        assertThat(statement.balances()).isEqualTo(new Statements.ContractBalances(Money.ZERO,
                Money.ofFen(paid - spent - demanded - surplus), Money.ofFen(spent), Money.ofFen(demanded - repaid)));
    }

    /** A posting the rules never make breaks the reconciliation rather than vanishing into a balance. */
    @Test
    void aStrayPostingBreaksTheReconciliation() {
        List<Object> events = List.of(
                new ContractFunded(PROGRAMME, CONTRACT, STREET, CONTRACTOR, "和平区", 2026, Money.parse("1000.00"), DAY),
                new TranchePaid(CONTRACT, PROGRAMME, 1, Money.parse("600.00"), "officer-1", "officer-2", DAY));
        List<Statements.Line> lines = new ArrayList<>(lines(events));
        lines.add(new Statements.Line("stray", 1, "Unknown", PublicFundPostingSamples.DISBURSED_ACCOUNT,
                PublicFundPostingSamples.COMMITTED_ACCOUNT, 100_00, "SOMETHING_ELSE", DAY, null));

        Statements.ContractStatement statement = Statements.contractStatement(CONTRACT.value(), null, lines);

        assertThat(statement.reconciles()).isFalse();
        assertThat(statement.checks()).filteredOn(check -> !check.holds()).extracting(Statements.Check::rule)
                .containsExactlyInAnyOrder("committed in = paid + released + committed balance",
                        "paid = spent + clawback demanded + surplus returned + disbursed balance");
    }

    private static long share(long whole, long millionths) {
        return BigInteger.valueOf(whole).multiply(BigInteger.valueOf(millionths))
                .divide(BigInteger.valueOf(1_000_000)).longValueExact();
    }

    /** The rows the journal projection would write for these events. */
    static List<Statements.Line> lines(List<Object> events) {
        List<Statements.Line> lines = new ArrayList<>();
        int n = 0;
        for (Object event : events) {
            JournalEntry entry = PostingRules.entryFor(event);
            int leg = 0;
            n++;
            for (Posting posting : entry.postings()) {
                lines.add(new Statements.Line("event-" + n, ++leg, event.getClass().getSimpleName(), posting.debitAccount(),
                        posting.creditAccount(), posting.amount().fen(), posting.code(), entry.effectiveDate(), posting.reference()));
            }
        }
        return lines;
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
}
