package org.fundtrail.audit.export;

import org.fundtrail.journal.JournalQueries.PostingLine;
import org.fundtrail.money.Money;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The journal as a table: every posting in recording order (global index, leg), optionally filtered. */
@Component
public class JournalExport {

    static final List<Column<PostingLine>> COLUMNS = List.of(
            Column.integer("全局序号", "global index", PostingLine::globalIndex),
            Column.text("事件编号", "event id", 38, PostingLine::eventId),
            Column.integer("分录行", "leg", PostingLine::leg),
            Column.date("记账日期", "effective date", PostingLine::effectiveDate),
            Column.instant("记录时间 (UTC)", "recorded at (UTC)", PostingLine::recordedAt),
            Column.text("事件类型", "event type", PostingLine::eventType),
            Column.text("业务代码", "code", 20, PostingLine::code),
            Column.text("借方科目", "debit account", 44, PostingLine::debitAccount),
            Column.text("贷方科目", "credit account", 44, PostingLine::creditAccount),
            Column.money("金额 (元)", "amount (CNY)", PostingLine::amount),
            Column.text("参考号", "reference", 16, PostingLine::reference),
            Column.text("操作人", "actor", 16, PostingLine::actor),
            Column.text("请求编号", "request id", 38, PostingLine::requestId));

    private final JdbcCursor cursor;

    JournalExport(JdbcCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * @param from           first effective date, or null
     * @param to             last effective date, or null
     * @param accountPrefix  only postings whose debit or credit account starts with it; null or "" for all
     * @param knownAt        only postings recorded on or before it, or null for all
     */
    public TabularExport<PostingLine> export(LocalDate from, LocalDate to, String accountPrefix, Instant knownAt) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (from != null) {
            conditions.add("effective_date >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            conditions.add("effective_date <= :to");
            parameters.put("to", to);
        }
        if (accountPrefix != null && !accountPrefix.isEmpty()) {
            conditions.add("(debit_account LIKE :like OR credit_account LIKE :like)");
            parameters.put("like", escapeLike(accountPrefix) + "%");
        }
        if (knownAt != null) {
            conditions.add("recorded_at <= :knownAt");
            parameters.put("knownAt", OffsetDateTime.ofInstant(knownAt, ZoneOffset.UTC));
        }
        String sql = """
                SELECT event_id, leg, global_index, event_type, debit_account, credit_account, amount, code,
                       effective_date, recorded_at, actor, request_id, reference
                  FROM posting
                """ + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY global_index, leg";
        RowSource<PostingLine> rows = cursor.rows(sql, parameters, (rs, n) -> new PostingLine(rs.getString(1),
                rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Money.ofFen(rs.getLong(7)), rs.getString(8), rs.getDate(9).toLocalDate(),
                rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12), rs.getString(13)));
        return new TabularExport<>(fileName(from, to), "总账 Journal", COLUMNS, rows);
    }

    private static String fileName(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "journal";
        }
        return "journal_" + (from == null ? "start" : from) + "_" + (to == null ? "end" : to);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
