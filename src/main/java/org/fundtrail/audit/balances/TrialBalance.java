package org.fundtrail.audit.balances;

import org.fundtrail.journal.ChartOfAccounts;
import org.fundtrail.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The trial balance on both clocks: every account's debits, credits and balance (debit-positive) over the postings
 * effective on or before {@code asOf} and recorded on or before {@code knownAt}. One aggregation over one scan of
 * {@code posting} whatever the number of accounts; each posting counts once for its debit and once for its credit
 * account, so over the whole ledger total debits equal total credits.
 */
@Component
public class TrialBalance {

    /** One account: {@code balance = debits − credits}; {@code kind} from the chart of accounts, null if unknown. */
    public record Line(String account, String kind, Money debits, Money credits, Money balance) {
    }

    /**
     * @param balanced total debits equal total credits: always so without a prefix; with one, only when every
     *                 posting touching the listed accounts has both sides among them
     */
    public record Report(LocalDate asOf, Instant knownAt, String prefix, int accountCount, Money totalDebits,
                         Money totalCredits, Money sumOfBalances, boolean balanced, List<Line> accounts) {
    }

    public record AccountBalance(String account, String kind, LocalDate asOf, Instant knownAt, Money debits,
                                 Money credits, Money balance, long postings) {
    }

    /**
     * {@code CROSS JOIN LATERAL VALUES} turns each posting into its debit and its credit movement without reading the
     * table twice. The prefix is also tested on the posting itself, so that a prefix can use the channel indexes.
     */
    private static final String AGGREGATION = """
            SELECT m.account, SUM(m.debit) AS debits, SUM(m.credit) AS credits
              FROM posting p
             CROSS JOIN LATERAL (VALUES (p.debit_account, p.amount, 0::bigint),
                                        (p.credit_account, 0::bigint, p.amount)) AS m(account, debit, credit)
             WHERE p.effective_date <= :asOf AND p.recorded_at <= :knownAt
               AND (p.debit_account LIKE :like OR p.credit_account LIKE :like)
               AND m.account LIKE :like
             GROUP BY m.account
             ORDER BY m.account COLLATE "C"
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final ChartOfAccounts chart;

    TrialBalance(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, ChartOfAccounts chart) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000); // a cursor inside the read-only transaction: accounts stream, not all loaded
        this.cursor = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.chart = chart;
    }

    public Report report(BothClocks at, String prefix) {
        List<Line> lines = new ArrayList<>();
        forEachLine(at, prefix, lines::add);
        Totals totals = new Totals();
        lines.forEach(totals::add);
        return new Report(at.asOf(), at.knownAt(), prefix == null ? "" : prefix, lines.size(), totals.debits(),
                totals.credits(), totals.balance(), totals.balanced(), lines);
    }

    /** The lines in account order, read through a cursor: what an export writes without holding them all. */
    public void forEachLine(BothClocks at, String prefix, Consumer<? super Line> action) {
        RowMapper<Line> mapper = lineMapper();
        readOnly.executeWithoutResult(status -> cursor.query(AGGREGATION, parameters(at, prefix),
                (RowCallbackHandler) rs -> action.accept(mapper.mapRow(rs, 0))));
    }

    public AccountBalance balanceOf(String account, BothClocks at) {
        // the posting_debit and posting_credit indexes find the account's postings on either side
        return jdbc.sql("""
                        SELECT COALESCE(SUM(amount) FILTER (WHERE debit_account = :a), 0),
                               COALESCE(SUM(amount) FILTER (WHERE credit_account = :a), 0),
                               count(*)
                          FROM posting
                         WHERE (debit_account = :a OR credit_account = :a)
                           AND effective_date <= :asOf AND recorded_at <= :knownAt""")
                .param("a", account).param("asOf", at.asOf()).param("knownAt", timestamp(at.knownAt()))
                .query((rs, n) -> {
                    Money debits = Money.ofFen(rs.getLong(1));
                    Money credits = Money.ofFen(rs.getLong(2));
                    return new AccountBalance(account, kindOf(account), at.asOf(), at.knownAt(), debits, credits,
                            debits.minus(credits), rs.getLong(3));
                })
                .single();
    }

    /** Running totals of lines: what a report's or an export's last row shows. */
    public static final class Totals {
        private long debits;
        private long credits;

        public void add(Line line) {
            debits = Math.addExact(debits, line.debits().fen());
            credits = Math.addExact(credits, line.credits().fen());
        }

        public Money debits() {
            return Money.ofFen(debits);
        }

        public Money credits() {
            return Money.ofFen(credits);
        }

        public Money balance() {
            return Money.ofFen(Math.subtractExact(debits, credits));
        }

        public boolean balanced() {
            return debits == credits;
        }
    }

    private RowMapper<Line> lineMapper() {
        return (rs, n) -> {
            String account = rs.getString(1);
            Money debits = Money.ofFen(rs.getLong(2));
            Money credits = Money.ofFen(rs.getLong(3));
            return new Line(account, kindOf(account), debits, credits, debits.minus(credits));
        };
    }

    private String kindOf(String account) {
        return chart.kindOf(account).map(ChartOfAccounts.Kind::kind).orElse(null);
    }

    private static Map<String, Object> parameters(BothClocks at, String prefix) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", at.asOf());
        parameters.put("knownAt", timestamp(at.knownAt()));
        parameters.put("like", escapeLike(prefix == null ? "" : prefix) + "%");
        return parameters;
    }

    /** An offset date-time binds as {@code timestamptz}, whatever the JVM's time zone. */
    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
