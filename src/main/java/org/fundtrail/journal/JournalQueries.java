package org.fundtrail.journal;

import org.fundtrail.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the journal: balances as of an effective date, an account's postings, and the conservation check. */
@Component
public class JournalQueries {

    private final JdbcClient jdbc;
    private final ChartOfAccounts chart;

    JournalQueries(JdbcClient jdbc, ChartOfAccounts chart) {
        this.jdbc = jdbc;
        this.chart = chart;
    }

    public record Balance(String account, Money balance) {
    }

    public record PostingLine(String eventId, int leg, long globalIndex, String eventType, String debitAccount,
                              String creditAccount, Money amount, String code, LocalDate effectiveDate,
                              Instant recordedAt, String actor, String requestId, String reference) {
    }

    public record ConservationReport(boolean balanced, Money sumOfBalances, int accounts, long postings,
                                     List<Balance> negativeBalances, List<String> unknownAccounts) {
        public boolean ok() {
            return balanced && negativeBalances.isEmpty() && unknownAccounts.isEmpty();
        }
    }

    /** Every account's balance over postings effective on or before {@code asOf}, for accounts starting with {@code prefix}. */
    public List<Balance> balances(LocalDate asOf, String prefix) {
        String like = escapeLike(prefix == null ? "" : prefix) + "%";
        return jdbc.sql("""
                        SELECT account, SUM(amount) FROM (
                            SELECT debit_account AS account, amount FROM posting
                             WHERE effective_date <= :asOf AND debit_account LIKE :like
                            UNION ALL
                            SELECT credit_account, -amount FROM posting
                             WHERE effective_date <= :asOf AND credit_account LIKE :like
                        ) moves GROUP BY account ORDER BY account""")
                .param("asOf", asOf).param("like", like)
                .query((rs, n) -> new Balance(rs.getString(1), Money.ofFen(rs.getLong(2))))
                .list();
    }

    public Money balance(String account, LocalDate asOf) {
        Long fen = jdbc.sql("""
                        SELECT COALESCE((SELECT SUM(amount) FROM posting WHERE debit_account = :a AND effective_date <= :d), 0)
                             - COALESCE((SELECT SUM(amount) FROM posting WHERE credit_account = :a AND effective_date <= :d), 0)""")
                .param("a", account).param("d", asOf)
                .query(Long.class).single();
        return Money.ofFen(fen);
    }

    public List<PostingLine> postingsOf(String account, int limit, long afterGlobalIndex) {
        return jdbc.sql("""
                        SELECT event_id, leg, global_index, event_type, debit_account, credit_account, amount, code,
                               effective_date, recorded_at, actor, request_id, reference
                          FROM posting WHERE (debit_account = :a OR credit_account = :a) AND global_index > :after
                         ORDER BY global_index, leg LIMIT :limit""")
                .param("a", account).param("after", afterGlobalIndex).param("limit", limit)
                .query((rs, n) -> new PostingLine(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Money.ofFen(rs.getLong(7)), rs.getString(8),
                        rs.getDate(9).toLocalDate(), rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12), rs.getString(13)))
                .list();
    }

    /** All postings in a stable order; what a rebuild must reproduce exactly. */
    public List<String> fingerprintLines() {
        return jdbc.sql("""
                        SELECT event_id || '|' || leg || '|' || global_index || '|' || event_type || '|' || debit_account
                               || '|' || credit_account || '|' || amount || '|' || code || '|' || effective_date
                               || '|' || recorded_at || '|' || COALESCE(actor, '') || '|' || COALESCE(request_id, '')
                               || '|' || COALESCE(reference, '')
                          FROM posting ORDER BY event_id, leg""")
                .query(String.class).list();
    }

    public long postingCount() {
        return jdbc.sql("SELECT count(*) FROM posting").query(Long.class).single();
    }

    /** The sum of all balances is zero, no account that holds money is overdrawn, every account has a known kind. */
    public ConservationReport conservation(LocalDate asOf) {
        List<Balance> all = balances(asOf, "");
        long sum = 0;
        List<Balance> negative = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Balance balance : all) {
            sum += balance.balance().fen();
            var kind = chart.kindOf(balance.account());
            if (kind.isEmpty()) {
                unknown.add(balance.account());
            } else if (kind.get().nonNegative() && balance.balance().isNegative()) {
                negative.add(balance);
            }
        }
        return new ConservationReport(sum == 0, Money.ofFen(sum), all.size(), postingCount(), negative, unknown);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
