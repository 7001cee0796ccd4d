package org.fundtrail.audit.trail;

import org.fundtrail.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * FIFO attribution computed by PostgreSQL from the journal's {@code posting} table (the journal's read model, read
 * here directly and only read): each question is one statement that lays the asked accounts' inflows and outflows end
 * to end with windowed running sums ({@code SUM(amount) OVER (PARTITION BY account ORDER BY global_index, leg,
 * event_id)}) and answers only the overlapping rows. Only the accounts a trail passes through are read, never the
 * accounts outside the funds (treasuries, donor channels...), which are the largest.
 *
 * <p>Account names and event ids never contain a comma (ids are letters, digits, '.', '_' and '-'; event ids are
 * UUIDs), so the slices travel as comma-separated arrays: one statement whatever the number of slices.
 */
@Component
class SqlLots implements LotSource {

    /**
     * want: the slices asked; positioned: where each asked posting sits in its account's cumulative {side} flows;
     * ranges: the absolute interval of each slice; flows: the account's other side laid end to end; the answer: the
     * flows overlapping each range, as parts of their own amounts.
     */
    private static final String QUESTION = """
            WITH want AS (
                SELECT w.ord, w.account, w.event_id, w.leg, w.lo, w.hi
                  FROM unnest(string_to_array(:accounts, ','), string_to_array(:events, ','),
                              string_to_array(:legs, ',')::int[], string_to_array(:los, ',')::bigint[],
                              string_to_array(:his, ',')::bigint[]) WITH ORDINALITY AS w(account, event_id, leg, lo, hi, ord)
            ), positioned AS (
                SELECT p.{side}_account AS account, p.event_id, p.leg,
                       SUM(p.amount) OVER (PARTITION BY p.{side}_account ORDER BY p.global_index, p.leg, p.event_id)
                           - p.amount AS start
                  FROM posting p WHERE p.{side}_account = ANY (string_to_array(:distinct, ','))
            ), ranges AS (
                SELECT w.ord, w.account, s.start + w.lo AS lo, s.start + w.hi AS hi
                  FROM want w JOIN positioned s ON s.account = w.account AND s.event_id = w.event_id AND s.leg = w.leg
            ), flows AS (
                SELECT p.event_id, p.leg, p.global_index, p.event_type, p.code, p.debit_account, p.credit_account,
                       p.amount, p.effective_date, p.recorded_at, p.actor, p.request_id, p.reference,
                       p.{other}_account AS account,
                       SUM(p.amount) OVER (PARTITION BY p.{other}_account ORDER BY p.global_index, p.leg, p.event_id)
                           - p.amount AS start
                  FROM posting p WHERE p.{other}_account = ANY (string_to_array(:distinct, ','))
            )
            SELECT r.ord, GREATEST(r.lo, f.start) - f.start AS piece_from, LEAST(r.hi, f.start + f.amount) - f.start AS piece_to,
                   f.event_id, f.leg, f.global_index, f.event_type, f.code, f.debit_account, f.credit_account, f.amount,
                   f.effective_date, f.recorded_at, f.actor, f.request_id, f.reference
              FROM ranges r JOIN flows f ON f.account = r.account AND f.start < r.hi AND f.start + f.amount > r.lo
             ORDER BY r.ord, f.global_index, f.leg, f.event_id""";

    /** Backward: the asked postings are outflows (credits); the answer is inflows (debits). */
    private static final String INFLOWS_CONSUMED_BY = QUESTION.replace("{side}", "credit").replace("{other}", "debit");
    /** Forward: the asked postings are inflows (debits); the answer is outflows (credits). */
    private static final String OUTFLOWS_CONSUMING = QUESTION.replace("{side}", "debit").replace("{other}", "credit");

    private final JdbcClient jdbc;

    SqlLots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<List<Piece>> inflowsConsumedBy(List<Slice> outflows) {
        return ask(INFLOWS_CONSUMED_BY, outflows);
    }

    @Override
    public List<List<Piece>> outflowsConsuming(List<Slice> inflows) {
        return ask(OUTFLOWS_CONSUMING, inflows);
    }

    private List<List<Piece>> ask(String sql, List<Slice> slices) {
        List<List<Piece>> answers = new ArrayList<>(slices.size());
        for (int i = 0; i < slices.size(); i++) {
            answers.add(new ArrayList<>());
        }
        if (slices.isEmpty()) {
            return answers;
        }
        Set<String> distinct = new LinkedHashSet<>();
        slices.forEach(s -> distinct.add(s.account()));
        jdbc.sql(sql)
                .param("accounts", join(slices, Slice::account))
                .param("events", join(slices, s -> s.move().eventId()))
                .param("legs", join(slices, s -> Integer.toString(s.move().leg())))
                .param("los", join(slices, s -> Long.toString(s.from())))
                .param("his", join(slices, s -> Long.toString(s.to())))
                .param("distinct", String.join(",", distinct))
                .query((ResultSet rs) -> {
                    int ord = (int) rs.getLong(1);
                    answers.get(ord - 1).add(new Piece(move(rs, 4), rs.getLong(2), rs.getLong(3)));
                });
        return answers;
    }

    /** The posting columns from {@code first} on, in the order of {@link Move}'s own. */
    static Move move(ResultSet rs, int first) throws SQLException {
        int c = first;
        return new Move(rs.getString(c), rs.getInt(c + 1), rs.getLong(c + 2), rs.getString(c + 3), rs.getString(c + 4),
                rs.getString(c + 5), rs.getString(c + 6), Money.ofFen(rs.getLong(c + 7)), rs.getDate(c + 8).toLocalDate(),
                rs.getTimestamp(c + 9).toInstant(), rs.getString(c + 10), rs.getString(c + 11), rs.getString(c + 12));
    }

    private static String join(List<Slice> slices, java.util.function.Function<Slice, String> field) {
        return slices.stream().map(field).collect(Collectors.joining(","));
    }
}
