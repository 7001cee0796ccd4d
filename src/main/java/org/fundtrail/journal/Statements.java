package org.fundtrail.journal;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Statements of a service contract and of a programme: what came in, what went out and where, and what is held now.
 *
 * <p>They are views of the journal, not a second bookkeeping: every figure is a sum of rows of the {@code posting}
 * table, and every balance is exactly the balance the journal gives that account. So a statement reconciles with the
 * journal by construction. What its own {@code reconciles} flag checks is that the flows, summed by posting code,
 * explain the balances (e.g. earmarked = paid + released + still committed). Under the rules of
 * {@code ledger/chart-of-accounts.yaml} they always do; a posting with a code no rule makes, or one that touches an
 * account its code should not, shows up as a statement that does not reconcile, and the checks say where.
 *
 * <p>{@code asOf} limits a statement to postings effective on or before that business date; null means everything
 * posted so far.
 *
 * <p>Which accounts belong to what: a contract's accounts are {@code contract:{c}:committed}, {@code :disbursed},
 * {@code :clawback-due} and {@code :spent:{category}}; the spent accounts are found through the disbursed account,
 * the only account that ever feeds them. A programme's accounts are its channel accounts
 * {@code channel:{p}:{holder}} and the accounts of every contract that ever exchanged money with one of them.
 */
@Component
public class Statements {

    /** Later than any business date; what "no asOf" means in SQL. */
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private static final String APPROPRIATION = "APPROPRIATION";
    private static final String ALLOCATION = "ALLOCATION";
    private static final String CONTRACT_COMMITMENT = "CONTRACT_COMMITMENT";
    private static final String TRANCHE_PAID = "TRANCHE_PAID";
    private static final String EXPENDITURE = "EXPENDITURE";
    private static final String CLAWBACK_DEMANDED = "CLAWBACK_DEMANDED";
    private static final String CLAWBACK_REPAID = "CLAWBACK_REPAID";
    private static final String SURPLUS_RETURNED = "SURPLUS_RETURNED";
    private static final String COMMITMENT_RELEASED = "COMMITMENT_RELEASED";
    private static final String RETURN_HOP = "RETURN_HOP";
    private static final String RETURN_TO_TREASURY = "RETURN_TO_TREASURY";
    private static final String NON_TAX_INCOME_SUFFIX = ":non-tax-income";

    private final JdbcClient jdbc;

    Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What a statement shows

    /** One identity between flows and balances, with both sides. */
    public record Check(String rule, Money left, Money right, boolean holds) {

        static Check of(String rule, Money left, Money right) {
            return new Check(rule, left, right, left.equals(right));
        }
    }

    /** What a tranche number was paid (normally one payment), and on which business date (the latest, if several). */
    public record TranchePayment(Integer number, Money amount, LocalDate effectiveDate) {
    }

    /** One clawback: what was demanded, what has been repaid, what is still owed (demanded − repaid). */
    public record Clawback(String clawbackId, Money demanded, Money repaid, Money outstanding) {
    }

    /** Clawbacks in total and one by one. */
    public record Clawbacks(Money demanded, Money repaid, Money outstanding, List<Clawback> clawbacks) {
    }

    /**
     * A contract's accounts now: still earmarked, held by the contractor and not yet accounted for, accepted as spent,
     * owed back.
     */
    public record ContractBalances(Money committed, Money disbursed, Money spent, Money clawbackDue) {

        static final ContractBalances ZERO = new ContractBalances(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        ContractBalances plus(ContractBalances other) {
            return new ContractBalances(committed.plus(other.committed), disbursed.plus(other.disbursed),
                    spent.plus(other.spent), clawbackDue.plus(other.clawbackDue));
        }
    }

    /**
     * @param committedIn     earmarked for the contract by its funding holder
     * @param tranchesPaid    paid to the contractor, per tranche number
     * @param spentByCategory accepted expenditure per budget category
     * @param surplusReturned unspent money the contractor sent back to the funding holder
     * @param released        earmarked money never paid, released back to the funding holder on termination or closing
     * @param checks          committed in = paid + released + committed balance; paid = spent + clawback demanded +
     *                        surplus returned + disbursed balance; clawback demanded = repaid + clawback-due balance
     */
    public record ContractStatement(String contractId, String programmeId, String fundingHolder, LocalDate asOf,
                                    Money committedIn, List<TranchePayment> tranchesPaid, Money paid,
                                    SortedMap<String, Money> spentByCategory, Money spent, Clawbacks clawbacks,
                                    Money surplusReturned, Money released, ContractBalances balances,
                                    List<Check> checks, boolean reconciles) {
    }

    /** What the treasury got back: in the programme's budget year (restoring the appropriation) or later (non-tax income). */
    public record TreasuryReturns(Money sameBudgetYear, Money nonTaxIncome, Money total) {
    }

    /**
     * One holder of the channel: every way money came in and went out, and what it holds now. {@code reconciles}:
     * appropriated + allocated in − allocated out − committed to contracts + released + surplus + clawbacks repaid +
     * returned in − returned out − returned to treasury = held.
     */
    public record HolderLine(String holder, Money appropriated, Money allocatedIn, Money allocatedOut,
                             Money committedToContracts, Money releasedBack, Money surplusReceived,
                             Money clawbackRepaid, Money returnedIn, Money returnedOut, Money returnedToTreasury,
                             Money held, boolean reconciles) {
    }

    /** One contract of the programme, in short; its own statement has the detail. */
    public record ContractLine(String contractId, String fundingHolder, Money committedIn, Money paid, Money spent,
                               Money clawbackDemanded, Money clawbackRepaid, Money surplusReturned, Money released,
                               ContractBalances balances, boolean reconciles) {
    }

    /** The money of the programme now: with the holders, still earmarked, at contractors, spent, owed back. */
    public record ProgrammeBalances(Money heldByHolders, Money committed, Money disbursedAtContractors, Money spent,
                                    Money clawbackDue) {
    }

    /**
     * @param checks     appropriated − returned to treasury = held by holders + committed + disbursed at contractors
     *                   + spent + clawback due
     * @param reconciles that check holds, and so does every holder's and every contract's own reconciliation
     */
    public record ProgrammeStatement(String programmeId, LocalDate asOf, Money appropriated,
                                     TreasuryReturns returnedToTreasury, List<HolderLine> holders,
                                     Money committedToContracts, Money paidToContractors,
                                     SortedMap<String, Money> spentByCategory, Money spent, Clawbacks clawbacks,
                                     Money surplusReturned, Money released, ProgrammeBalances balances,
                                     List<ContractLine> contracts, List<Check> checks, boolean reconciles) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading the journal

    /** A row of the {@code posting} table, as statements use it. */
    record Line(String eventId, int leg, String eventType, String debit, String credit, long amount, String code,
                LocalDate effectiveDate, String reference) {
    }

    public Optional<ContractStatement> contractStatement(ContractId contract) {
        return contractStatement(contract, null);
    }

    /** The contract's statement; empty when nothing has been posted for it (as of {@code asOf}). */
    public Optional<ContractStatement> contractStatement(ContractId contract, LocalDate asOf) {
        List<Line> lines = linesOfContracts(List.of(contract.value()), asOf);
        return lines.isEmpty() ? Optional.empty() : Optional.of(contractStatement(contract.value(), asOf, lines));
    }

    public Optional<ProgrammeStatement> programmeStatement(ProgrammeId programme) {
        return programmeStatement(programme, null);
    }

    /** The programme's statement; empty when nothing has been posted for it (as of {@code asOf}). */
    public Optional<ProgrammeStatement> programmeStatement(ProgrammeId programme, LocalDate asOf) {
        String prefix = channelPrefix(programme.value());
        // The literal 'channel:%' matches the predicate of the partial indexes posting_channel_debit/_credit.
        List<Line> channelLines = jdbc.sql("""
                        SELECT event_id, leg, event_type, debit_account, credit_account, amount, code, effective_date,
                               reference
                          FROM posting
                         WHERE ((debit_account LIKE 'channel:%' AND debit_account LIKE :prefix)
                                OR (credit_account LIKE 'channel:%' AND credit_account LIKE :prefix))
                           AND effective_date <= :asOf
                         ORDER BY global_index, leg""")
                .param("prefix", escapeLike(prefix) + "%")
                .param("asOf", asOf == null ? END_OF_TIME : asOf)
                .query(Statements::line).list();
        if (channelLines.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> contracts = new TreeSet<>();
        for (Line line : channelLines) {
            contractOf(line.debit()).ifPresent(contracts::add);
            contractOf(line.credit()).ifPresent(contracts::add);
        }
        Map<String, Line> all = new LinkedHashMap<>();
        channelLines.forEach(line -> all.put(line.eventId() + "/" + line.leg(), line));
        linesOfContracts(contracts, asOf).forEach(line -> all.putIfAbsent(line.eventId() + "/" + line.leg(), line));
        return Optional.of(programmeStatement(programme.value(), asOf, List.copyOf(all.values())));
    }

    /** Every posting touching the committed, disbursed or clawback-due account of one of {@code contracts}. */
    private List<Line> linesOfContracts(Collection<String> contracts, LocalDate asOf) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        List<String> accounts = new ArrayList<>();
        for (String contract : contracts) {
            accounts.add(committed(contract));
            accounts.add(disbursed(contract));
            accounts.add(clawbackDue(contract));
        }
        // Account names never contain a comma (ids are letters, digits, '.', '_' and '-'); one array parameter
        // keeps a programme with thousands of contracts within the driver's parameter limit.
        return jdbc.sql("""
                        SELECT event_id, leg, event_type, debit_account, credit_account, amount, code, effective_date,
                               reference
                          FROM posting
                         WHERE (debit_account = ANY (string_to_array(:accounts, ','))
                                OR credit_account = ANY (string_to_array(:accounts, ',')))
                           AND effective_date <= :asOf
                         ORDER BY global_index, leg""")
                .param("accounts", String.join(",", accounts))
                .param("asOf", asOf == null ? END_OF_TIME : asOf)
                .query(Statements::line).list();
    }

    private static Line line(ResultSet rs, int row) throws SQLException {
        return new Line(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getString(9));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Computing statements from postings (pure functions of the lines)

    static ContractStatement contractStatement(String contract, LocalDate asOf, List<Line> lines) {
        String committed = committed(contract);
        String disbursed = disbursed(contract);
        String clawbackDue = clawbackDue(contract);
        String spentPrefix = spentPrefix(contract);

        Map<String, Long> balances = balances(lines);
        long spentBalance = balances.entrySet().stream()
                .filter(e -> e.getKey().startsWith(spentPrefix)).mapToLong(Map.Entry::getValue).sum();

        String programme = null;
        String fundingHolder = null;
        long committedIn = 0, paid = 0, spent = 0, demanded = 0, repaid = 0, surplus = 0, released = 0;
        TreeMap<Integer, long[]> tranches = new TreeMap<>(Comparator.nullsLast(Integer::compare));
        TreeMap<Integer, LocalDate> paidOn = new TreeMap<>(Comparator.nullsLast(Integer::compare));
        TreeMap<String, Long> spentByCategory = new TreeMap<>();
        Map<String, long[]> clawbacks = new TreeMap<>(Comparator.nullsFirst(String::compareTo));
        for (Line line : lines) {
            switch (line.code()) {
                case CONTRACT_COMMITMENT -> {
                    if (line.debit().equals(committed)) {
                        committedIn += line.amount();
                        String[] channel = line.credit().split(":");
                        if (channel.length == 3 && channel[0].equals("channel")) {
                            programme = channel[1];
                            fundingHolder = channel[2];
                        }
                    }
                }
                case TRANCHE_PAID -> {
                    if (line.debit().equals(disbursed) && line.credit().equals(committed)) {
                        paid += line.amount();
                        Integer number = trancheNumber(line.reference());
                        tranches.computeIfAbsent(number, n -> new long[1])[0] += line.amount();
                        paidOn.merge(number, line.effectiveDate(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
                case EXPENDITURE -> {
                    if (line.debit().startsWith(spentPrefix) && line.credit().equals(disbursed)) {
                        spent += line.amount();
                        spentByCategory.merge(line.debit().substring(spentPrefix.length()), line.amount(), Long::sum);
                    }
                }
                case CLAWBACK_DEMANDED -> {
                    if (line.debit().equals(clawbackDue) && line.credit().equals(disbursed)) {
                        demanded += line.amount();
                        clawbacks.computeIfAbsent(line.reference(), id -> new long[2])[0] += line.amount();
                    }
                }
                case CLAWBACK_REPAID -> {
                    if (line.credit().equals(clawbackDue)) {
                        repaid += line.amount();
                        clawbacks.computeIfAbsent(line.reference(), id -> new long[2])[1] += line.amount();
                    }
                }
                case SURPLUS_RETURNED -> {
                    if (line.credit().equals(disbursed)) {
                        surplus += line.amount();
                    }
                }
                case COMMITMENT_RELEASED -> {
                    if (line.credit().equals(committed)) {
                        released += line.amount();
                    }
                }
                default -> {
                    // Any other code on these accounts is left out of the flows, so the checks below expose it.
                }
            }
        }

        ContractBalances now = new ContractBalances(fen(balances.getOrDefault(committed, 0L)),
                fen(balances.getOrDefault(disbursed, 0L)), fen(spentBalance), fen(balances.getOrDefault(clawbackDue, 0L)));
        List<Check> checks = List.of(
                Check.of("committed in = paid + released + committed balance",
                        fen(committedIn), fen(paid + released).plus(now.committed())),
                Check.of("paid = spent + clawback demanded + surplus returned + disbursed balance",
                        fen(paid), fen(spent + demanded + surplus).plus(now.disbursed())),
                Check.of("spent = spent balance", fen(spent), now.spent()),
                Check.of("clawback demanded = repaid + clawback-due balance",
                        fen(demanded), fen(repaid).plus(now.clawbackDue())));

        List<TranchePayment> tranchesPaid = new ArrayList<>();
        tranches.forEach((number, amount) -> tranchesPaid.add(new TranchePayment(number, fen(amount[0]), paidOn.get(number))));
        List<Clawback> clawbackLines = new ArrayList<>();
        clawbacks.forEach((id, amounts) -> clawbackLines.add(
                new Clawback(id, fen(amounts[0]), fen(amounts[1]), fen(amounts[0] - amounts[1]))));

        return new ContractStatement(contract, programme, fundingHolder, asOf, fen(committedIn), List.copyOf(tranchesPaid),
                fen(paid), money(spentByCategory), fen(spent),
                new Clawbacks(fen(demanded), fen(repaid), fen(demanded - repaid), List.copyOf(clawbackLines)),
                fen(surplus), fen(released), now, checks, checks.stream().allMatch(Check::holds));
    }

    static ProgrammeStatement programmeStatement(String programme, LocalDate asOf, List<Line> lines) {
        String prefix = channelPrefix(programme);
        Map<String, Long> balances = balances(lines);

        // The channel: every holder's flows by code and direction.
        TreeMap<String, HolderFlows> holders = new TreeMap<>();
        long appropriated = 0, sameYear = 0, nonTaxIncome = 0;
        for (Line line : lines) {
            if (line.debit().startsWith(prefix)) {
                holders.computeIfAbsent(line.debit().substring(prefix.length()), HolderFlows::new).in(line);
                if (line.code().equals(APPROPRIATION)) {
                    appropriated += line.amount();
                }
            }
            if (line.credit().startsWith(prefix)) {
                holders.computeIfAbsent(line.credit().substring(prefix.length()), HolderFlows::new).out(line);
                if (line.code().equals(RETURN_TO_TREASURY)) {
                    if (line.debit().endsWith(NON_TAX_INCOME_SUFFIX)) {
                        nonTaxIncome += line.amount();
                    } else {
                        sameYear += line.amount();
                    }
                }
            }
        }
        List<HolderLine> holderLines = holders.values().stream()
                .map(flows -> flows.line(fen(balances.getOrDefault(prefix + flows.holder, 0L)))).toList();

        // The contracts: each one's own statement, from the lines touching its accounts.
        Map<String, List<Line>> byContract = new TreeMap<>();
        for (Line line : lines) {
            Optional<String> debitContract = contractOf(line.debit());
            Optional<String> creditContract = contractOf(line.credit());
            debitContract.ifPresent(c -> byContract.computeIfAbsent(c, k -> new ArrayList<>()).add(line));
            creditContract.filter(c -> !creditContract.equals(debitContract))
                    .ifPresent(c -> byContract.computeIfAbsent(c, k -> new ArrayList<>()).add(line));
        }
        List<ContractStatement> contracts = byContract.entrySet().stream()
                .map(e -> contractStatement(e.getKey(), asOf, e.getValue())).toList();

        Money committedToContracts = sum(contracts, ContractStatement::committedIn);
        Money paid = sum(contracts, ContractStatement::paid);
        Money spent = sum(contracts, ContractStatement::spent);
        Money demanded = sum(contracts, s -> s.clawbacks().demanded());
        Money repaid = sum(contracts, s -> s.clawbacks().repaid());
        TreeMap<String, Long> spentByCategory = new TreeMap<>();
        List<Clawback> clawbacks = new ArrayList<>();
        ContractBalances contractBalances = ContractBalances.ZERO;
        for (ContractStatement contract : contracts) {
            contract.spentByCategory().forEach((category, amount) -> spentByCategory.merge(category, amount.fen(), Long::sum));
            contract.clawbacks().clawbacks().forEach(clawbacks::add);
            contractBalances = contractBalances.plus(contract.balances());
        }

        Money held = sum(holderLines, HolderLine::held);
        ProgrammeBalances now = new ProgrammeBalances(held, contractBalances.committed(), contractBalances.disbursed(),
                contractBalances.spent(), contractBalances.clawbackDue());
        TreasuryReturns returned = new TreasuryReturns(fen(sameYear), fen(nonTaxIncome), fen(sameYear + nonTaxIncome));
        List<Check> checks = List.of(Check.of(
                "appropriated − returned to treasury = held by holders + committed + disbursed at contractors + spent + clawback due",
                fen(appropriated).minus(returned.total()),
                held.plus(now.committed()).plus(now.disbursedAtContractors()).plus(now.spent()).plus(now.clawbackDue())));
        boolean reconciles = checks.stream().allMatch(Check::holds)
                && holderLines.stream().allMatch(HolderLine::reconciles)
                && contracts.stream().allMatch(ContractStatement::reconciles);

        List<ContractLine> contractLines = contracts.stream().map(c -> new ContractLine(c.contractId(), c.fundingHolder(),
                c.committedIn(), c.paid(), c.spent(), c.clawbacks().demanded(), c.clawbacks().repaid(),
                c.surplusReturned(), c.released(), c.balances(), c.reconciles())).toList();

        return new ProgrammeStatement(programme, asOf, fen(appropriated), returned, holderLines, committedToContracts,
                paid, money(spentByCategory), spent,
                new Clawbacks(demanded, repaid, demanded.minus(repaid), List.copyOf(clawbacks)),
                sum(contracts, ContractStatement::surplusReturned), sum(contracts, ContractStatement::released),
                now, contractLines, checks, reconciles);
    }

    /** One holder's money in and out of its channel account, by posting code. */
    private static final class HolderFlows {
        final String holder;
        long appropriated, allocatedIn, allocatedOut, committed, released, surplus, clawbackRepaid, returnedIn,
                returnedOut, returnedToTreasury;

        HolderFlows(String holder) {
            this.holder = holder;
        }

        void in(Line line) {
            long amount = line.amount();
            switch (line.code()) {
                case APPROPRIATION -> appropriated += amount;
                case ALLOCATION -> allocatedIn += amount;
                case COMMITMENT_RELEASED -> released += amount;
                case SURPLUS_RETURNED -> surplus += amount;
                case CLAWBACK_REPAID -> clawbackRepaid += amount;
                case RETURN_HOP -> returnedIn += amount;
                default -> {
                    // not a way money enters a holder: left out, so the holder does not reconcile
                }
            }
        }

        void out(Line line) {
            long amount = line.amount();
            switch (line.code()) {
                case ALLOCATION -> allocatedOut += amount;
                case CONTRACT_COMMITMENT -> committed += amount;
                case RETURN_HOP -> returnedOut += amount;
                case RETURN_TO_TREASURY -> returnedToTreasury += amount;
                default -> {
                    // not a way money leaves a holder: left out, so the holder does not reconcile
                }
            }
        }

        HolderLine line(Money held) {
            long flows = appropriated + allocatedIn - allocatedOut - committed + released + surplus + clawbackRepaid
                    + returnedIn - returnedOut - returnedToTreasury;
            return new HolderLine(holder, fen(appropriated), fen(allocatedIn), fen(allocatedOut), fen(committed),
                    fen(released), fen(surplus), fen(clawbackRepaid), fen(returnedIn), fen(returnedOut),
                    fen(returnedToTreasury), held, held.fen() == flows);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Accounts (named as PublicFundPostings names them) and small helpers

    private static String channelPrefix(String programme) {
        return "channel:" + programme + ":";
    }

    private static String committed(String contract) {
        return "contract:" + contract + ":committed";
    }

    private static String disbursed(String contract) {
        return "contract:" + contract + ":disbursed";
    }

    private static String clawbackDue(String contract) {
        return "contract:" + contract + ":clawback-due";
    }

    private static String spentPrefix(String contract) {
        return "contract:" + contract + ":spent:";
    }

    /** The contract an account belongs to, if it is a contract's account. */
    private static Optional<String> contractOf(String account) {
        if (!account.startsWith("contract:")) {
            return Optional.empty();
        }
        int end = account.indexOf(':', "contract:".length());
        return end < 0 ? Optional.empty() : Optional.of(account.substring("contract:".length(), end));
    }

    private static Integer trancheNumber(String reference) {
        if (reference == null) {
            return null;
        }
        try {
            return Integer.valueOf(reference);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Debit-positive balance of every account the lines touch. */
    private static Map<String, Long> balances(List<Line> lines) {
        Map<String, Long> balances = new TreeMap<>();
        for (Line line : lines) {
            balances.merge(line.debit(), line.amount(), Math::addExact);
            balances.merge(line.credit(), -line.amount(), Math::addExact);
        }
        return balances;
    }

    private static <T> Money sum(List<T> items, Function<T, Money> amount) {
        Money total = Money.ZERO;
        for (T item : items) {
            total = total.plus(amount.apply(item));
        }
        return total;
    }

    private static SortedMap<String, Money> money(SortedMap<String, Long> fen) {
        TreeMap<String, Money> result = new TreeMap<>();
        fen.forEach((key, value) -> result.put(key, fen(value)));
        return result;
    }

    private static Money fen(long fen) {
        return Money.ofFen(fen);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
