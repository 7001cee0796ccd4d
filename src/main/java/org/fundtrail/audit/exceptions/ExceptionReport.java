package org.fundtrail.audit.exceptions;

import org.fundtrail.fund.api.FundraisingFloorReport;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The exception report: what an auditor must look at, as of a date. Checks the facts independently of the aggregates
 * that enforce the rules, so a payment or an expenditure that got past them (a bug, a hand-edited store, an
 * imported history) is still found.
 * <p>
 * As of {@code asOf}: findings about an entry (a payment, an expenditure, a reversal, a back-dated posting) count
 * entries effective on or before it; findings about a state (an overdue clawback, a contract past its end, a fund
 * below its floor) are judged on that date, with balances summed over movements effective on or before it.
 * <p>
 * Reads the {@code audit-exceptions} read model, the journal's {@code posting} table (back-dated entries) and the
 * fund capability's {@link FundraisingFloorReport}.
 */
@Component
public class ExceptionReport {

    /** Recording dates are taken in Beijing time, as the clawback watch does. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final int DEFAULT_BACKDATED_DAYS = 30;

    private static final Comparator<ExceptionFinding> ORDER = Comparator
            .comparing(ExceptionFinding::severity)
            .thenComparing(ExceptionFinding::kind)
            .thenComparing(ExceptionFinding::effectiveDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ExceptionFinding::subject, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ExceptionFinding::reference, Comparator.nullsLast(Comparator.naturalOrder()));

    private final JdbcClient jdbc;
    private final ProgrammePolicies policies;
    private final FundraisingFloorReport floors;

    ExceptionReport(JdbcClient jdbc, ProgrammePolicies policies, FundraisingFloorReport floors) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.floors = floors;
    }

    /**
     * The findings as of {@code asOf}, most severe first.
     *
     * @param backdatedDays a posting is back-dated when recorded more than this many days after its effective date
     * @param kinds         the kinds wanted; empty or null for all
     */
    public List<ExceptionFinding> findings(LocalDate asOf, int backdatedDays, Set<ExceptionKind> kinds) {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf is required");
        }
        if (backdatedDays < 0) {
            throw new IllegalArgumentException("backdatedDays must be 0 or more, got " + backdatedDays);
        }
        Set<ExceptionKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ExceptionKind.class) : EnumSet.copyOf(kinds);
        List<ExceptionFinding> findings = new ArrayList<>();
        for (ExceptionKind kind : wanted) {
            findings.addAll(switch (kind) {
                case TRANCHE_PAID_WITHOUT_CONDITION -> tranchesPaidWithoutCondition(asOf);
                case FORBIDDEN_CATEGORY_EXPENDITURE -> forbiddenCategoryExpenditures(asOf);
                case OVERDUE_CLAWBACK -> overdueClawbacks(asOf);
                case CONTRACT_PAST_END_WITH_MONEY -> contractsPastEndWithMoney(asOf);
                case FUND_BELOW_FLOOR -> fundsBelowFloor(asOf);
                case BACKDATED_ENTRY -> backdatedEntries(asOf, backdatedDays);
                case REVERSAL -> reversals(asOf);
            });
        }
        findings.sort(ORDER);
        return findings;
    }

    /** The same rows as {@link #findings}, for writers that render row by row (CSV, XLSX). */
    public Stream<ExceptionFinding> stream(LocalDate asOf, int backdatedDays, Set<ExceptionKind> kinds) {
        return findings(asOf, backdatedDays, kinds).stream();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Tranches paid without their condition

    List<ExceptionFinding> tranchesPaidWithoutCondition(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT event_id, contract_id, number, amount, condition, condition_on_record, failed_evaluation,
                               failed_on, effective_date, recorded_at, proposed_by, approved_by
                          FROM audit_tranche_payment
                         WHERE (NOT condition_on_record OR failed_evaluation IS NOT NULL) AND effective_date <= :asOf""")
                .param("asOf", asOf)
                .query((rs, n) -> {
                    String contract = rs.getString("contract_id");
                    int number = rs.getInt("number");
                    String condition = rs.getString("condition");
                    boolean onRecord = rs.getBoolean("condition_on_record");
                    String failed = rs.getString("failed_evaluation");
                    LocalDate failedOn = date(rs, "failed_on");
                    LocalDate paidOn = date(rs, "effective_date");
                    List<String> en = new ArrayList<>();
                    List<String> zh = new ArrayList<>();
                    if (condition == null) {
                        en.add("tranche " + number + " is not in the contract's tranche plan");
                        zh.add("合同的分期计划中没有第" + number + "期");
                    } else if (!onRecord) {
                        en.add("its condition " + condition + " was not on record when it was paid");
                        zh.add("支付时其拨付条件(" + conditionZh(condition) + ")尚未记录");
                    }
                    if (failed != null) {
                        en.add("it was paid after the " + failed + " failed (" + failedOn + ")");
                        zh.add("支付前" + milestoneZh(failed) + "已不合格(" + failedOn + ")");
                    }
                    String by = " (proposed by " + rs.getString("proposed_by") + ", approved by " + rs.getString("approved_by") + ")";
                    return new ExceptionFinding(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION, Severity.HIGH,
                            "contract:" + contract,
                            "Tranche " + number + " of contract " + contract + " was paid on " + paidOn + by + ", but "
                                    + String.join(" and ", en) + ".",
                            "合同" + contract + "第" + number + "期拨款于" + paidOn + "支付(提出:" + rs.getString("proposed_by")
                                    + ",审批:" + rs.getString("approved_by") + "),但" + String.join(",且", zh) + "。",
                            money(rs, "amount"), paidOn, instant(rs, "recorded_at"), rs.getString("event_id"));
                })
                .list();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. Expenditure in forbidden categories

    List<ExceptionFinding> forbiddenCategoryExpenditures(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT x.event_id, x.contract_id, x.expenditure_id, x.category, x.amount, x.accepted_by,
                               x.effective_date, x.recorded_at, c.policy_id
                          FROM audit_expenditure x
                          JOIN audit_contract_forbidden_category f ON f.contract_id = x.contract_id AND f.category = x.category
                          LEFT JOIN audit_contract c ON c.contract_id = x.contract_id
                         WHERE x.effective_date <= :asOf""")
                .param("asOf", asOf)
                .query((rs, n) -> {
                    String contract = rs.getString("contract_id");
                    String expenditure = rs.getString("expenditure_id");
                    String category = rs.getString("category");
                    String policy = rs.getString("policy_id");
                    Money amount = money(rs, "amount");
                    return new ExceptionFinding(ExceptionKind.FORBIDDEN_CATEGORY_EXPENDITURE, Severity.HIGH,
                            "contract:" + contract,
                            "Expenditure " + expenditure + " of " + amount + " on contract " + contract + " was accepted by "
                                    + rs.getString("accepted_by") + " in category '" + category + "', which the policy "
                                    + policy + " forbids.",
                            "合同" + contract + "的支出" + expenditure + "(" + amount + "元)由" + rs.getString("accepted_by")
                                    + "确认,列支科目“" + category + "”为政策" + policy + "禁止列支的科目。",
                            amount, date(rs, "effective_date"), instant(rs, "recorded_at"), rs.getString("event_id"));
                })
                .list();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Overdue clawbacks

    List<ExceptionFinding> overdueClawbacks(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT c.contract_id, c.clawback_id, c.amount, c.due_date, c.demanded_on, c.fraud, c.reason,
                               c.recorded_at, c.overdue_flagged_at,
                               COALESCE((SELECT SUM(m.amount) FROM audit_contract_movement m
                                          WHERE m.contract_id = c.contract_id AND m.clawback_id = c.clawback_id
                                            AND m.account = 'clawback-due' AND m.effective_date <= :asOf), 0) AS outstanding
                          FROM audit_clawback c
                         WHERE c.demanded_on <= :asOf""")
                .param("asOf", asOf)
                .query((rs, n) -> {
                    Money outstanding = money(rs, "outstanding");
                    LocalDate due = date(rs, "due_date");
                    Instant flaggedAt = instant(rs, "overdue_flagged_at");
                    boolean flagged = flaggedAt != null && !flaggedAt.atZone(BEIJING).toLocalDate().isAfter(asOf);
                    if (!outstanding.isPositive() || !(due.isBefore(asOf) || flagged)) {
                        return null;
                    }
                    String contract = rs.getString("contract_id");
                    String clawback = rs.getString("clawback_id");
                    long daysLate = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(due, asOf));
                    String flaggedEn = flagged ? "; the clawback watch flagged it overdue" : "";
                    String flaggedZh = flagged ? ",已被标记为逾期" : "";
                    return new ExceptionFinding(ExceptionKind.OVERDUE_CLAWBACK, Severity.HIGH, "contract:" + contract,
                            "Clawback " + clawback + (rs.getBoolean("fraud") ? " (fraud)" : "") + " on contract " + contract
                                    + " of " + money(rs, "amount") + " was due on " + due + "; " + outstanding
                                    + " is still outstanding on " + asOf + " (" + daysLate + " days late)" + flaggedEn + ".",
                            "合同" + contract + "的追回款" + clawback + (rs.getBoolean("fraud") ? "(弄虚作假)" : "") + "共"
                                    + money(rs, "amount") + "元,应于" + due + "前缴回;截至" + asOf + "尚欠" + outstanding
                                    + "元(逾期" + daysLate + "天)" + flaggedZh + "。",
                            outstanding, due, flaggedAt != null ? flaggedAt : instant(rs, "recorded_at"), clawback);
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. Contracts past their end with money held

    List<ExceptionFinding> contractsPastEndWithMoney(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT c.contract_id, c.end_date, c.terminated_on, c.recorded_at,
                               COALESCE(SUM(m.amount) FILTER (WHERE m.account = 'committed'), 0) AS committed,
                               COALESCE(SUM(m.amount) FILTER (WHERE m.account = 'disbursed'), 0) AS disbursed,
                               COALESCE(SUM(m.amount) FILTER (WHERE m.account = 'clawback-due'), 0) AS clawback_due
                          FROM audit_contract c
                          LEFT JOIN audit_contract_movement m ON m.contract_id = c.contract_id AND m.effective_date <= :asOf
                         WHERE c.end_date < :asOf AND c.signed_on <= :asOf AND (c.closed_on IS NULL OR c.closed_on > :asOf)
                         GROUP BY c.contract_id, c.end_date, c.terminated_on, c.recorded_at""")
                .param("asOf", asOf)
                .query((rs, n) -> {
                    Money committed = money(rs, "committed");
                    Money disbursed = money(rs, "disbursed");
                    Money clawbackDue = money(rs, "clawback_due");
                    Money held = committed.plus(disbursed).plus(clawbackDue);
                    if (!held.isPositive()) {
                        return null;
                    }
                    String contract = rs.getString("contract_id");
                    LocalDate end = date(rs, "end_date");
                    LocalDate terminated = date(rs, "terminated_on");
                    return new ExceptionFinding(ExceptionKind.CONTRACT_PAST_END_WITH_MONEY, Severity.MEDIUM,
                            "contract:" + contract,
                            "Contract " + contract + " ended on " + end + (terminated != null ? " (terminated " + terminated + ")" : "")
                                    + " but on " + asOf + " still holds " + held + ": committed " + committed
                                    + ", disbursed and not accounted for " + disbursed + ", clawback due " + clawbackDue + ".",
                            "合同" + contract + "已于" + end + "到期" + (terminated != null ? "(" + terminated + "终止)" : "")
                                    + ",截至" + asOf + "仍有资金" + held + "元未结清:已承诺未拨付" + committed + "元,已拨付未核销"
                                    + disbursed + "元,应追回未缴回" + clawbackDue + "元。",
                            held, end, instant(rs, "recorded_at"), null);
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5. Funds below their fundraising floor

    List<ExceptionFinding> fundsBelowFloor(LocalDate asOf) {
        int year = asOf.getYear();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        boolean yearComplete = !asOf.isBefore(yearEnd);
        List<ExceptionFinding> findings = new ArrayList<>();
        for (ProgrammePolicy policy : policies.all()) {
            if (policy.fundraisingFloors() == null || policy.fundraisingFloors().isEmpty()) {
                continue;
            }
            for (FundraisingFloorReport.FloorStanding line : floors.fundraisingFloors(policy.id(), year)) {
                if (!line.belowFloor() || line.floor() == null) {
                    continue;
                }
                Money shortfall = line.floor().minus(line.raised());
                String soFarEn = yearComplete ? "in " + year : "so far in " + year + " (to " + asOf + ")";
                String soFarZh = yearComplete ? year + "年度" : year + "年截至" + asOf;
                findings.add(new ExceptionFinding(ExceptionKind.FUND_BELOW_FLOOR, yearComplete ? Severity.MEDIUM : Severity.LOW,
                        "fund:" + line.fundId().value(),
                        "Fund " + line.fundId().value() + " (" + line.name() + ", " + line.community() + "), demonstration point "
                                + line.rank() + " of " + line.policyId() + ", raised " + line.raised() + " " + soFarEn
                                + " against a floor of " + line.floor() + ": short by " + shortfall + ".",
                        "社区基金" + line.fundId().value() + "(" + line.name() + "," + line.community() + ")为" + line.policyId()
                                + "第" + line.rank() + "号示范创建点," + soFarZh + "筹款" + line.raised() + "元,低于年度底线"
                                + line.floor() + "元,差额" + shortfall + "元。",
                        shortfall, yearComplete ? yearEnd : asOf, null, line.policyId() + ":" + year));
            }
        }
        return findings;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 6. Back-dated entries (journal)

    List<ExceptionFinding> backdatedEntries(LocalDate asOf, int days) {
        return jdbc.sql("""
                        SELECT event_id, event_type, MIN(effective_date) AS effective_date, MIN(recorded_at) AS recorded_at,
                               string_agg(code, ', ' ORDER BY leg) AS codes,
                               (array_agg(amount ORDER BY leg))[1] AS amount,
                               (array_agg(debit_account ORDER BY leg))[1] AS debit_account,
                               (array_agg(credit_account ORDER BY leg))[1] AS credit_account
                          FROM posting
                         WHERE effective_date <= :asOf
                           AND CAST((recorded_at AT TIME ZONE 'Asia/Shanghai') AS DATE) - effective_date > :days
                         GROUP BY event_id, event_type""")
                .param("asOf", asOf).param("days", days)
                .query((rs, n) -> {
                    LocalDate effective = date(rs, "effective_date");
                    Instant recordedAt = instant(rs, "recorded_at");
                    LocalDate recordedOn = recordedAt.atZone(BEIJING).toLocalDate();
                    long lag = java.time.temporal.ChronoUnit.DAYS.between(effective, recordedOn);
                    boolean earlierYear = recordedOn.getYear() > effective.getYear();
                    String debit = rs.getString("debit_account");
                    String credit = rs.getString("credit_account");
                    String eventType = rs.getString("event_type");
                    String eventId = rs.getString("event_id");
                    return new ExceptionFinding(ExceptionKind.BACKDATED_ENTRY, earlierYear ? Severity.MEDIUM : Severity.LOW,
                            subjectOf(debit, credit, eventId),
                            eventType + " (" + rs.getString("codes") + ": " + debit + " ← " + credit + ") effective " + effective
                                    + " was recorded on " + recordedOn + ", " + lag + " days later (threshold " + days + ")"
                                    + (earlierYear ? "; it changes the figures of " + effective.getYear() : "") + ".",
                            eventType + "(" + rs.getString("codes") + ":" + debit + " ← " + credit + ")生效日期为" + effective
                                    + ",于" + recordedOn + "才入账,倒签" + lag + "天(阈值" + days + "天)"
                                    + (earlierYear ? ",影响" + effective.getYear() + "年度数据" : "") + "。",
                            money(rs, "amount"), effective, recordedAt, eventId);
                })
                .list();
    }

    /** The record a posting is about, from its accounts: a contract, a fund, a programme; else the event itself. */
    static String subjectOf(String debit, String credit, String eventId) {
        for (String prefix : new String[]{"contract:", "fund:", "channel:"}) {
            for (String account : new String[]{debit, credit}) {
                if (account != null && account.startsWith(prefix)) {
                    String id = account.substring(prefix.length()).split(":", 2)[0];
                    return (prefix.equals("channel:") ? "programme:" : prefix) + id;
                }
            }
        }
        for (String account : new String[]{debit, credit}) {
            if (account != null && account.startsWith("beneficiaries:fund:")) {
                return "fund:" + account.substring("beneficiaries:fund:".length()).split(":", 2)[0];
            }
        }
        return eventId;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 7. Reversals

    List<ExceptionFinding> reversals(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT event_id, kind, donation_id, fund_id, receipt_number, amount, reason, effective_date, recorded_at
                          FROM audit_reversal WHERE effective_date <= :asOf""")
                .param("asOf", asOf)
                .query((rs, n) -> {
                    boolean cash = "CASH".equals(rs.getString("kind"));
                    String donation = rs.getString("donation_id");
                    String fund = rs.getString("fund_id");
                    String receipt = rs.getString("receipt_number");
                    Money amount = money(rs, "amount");
                    return new ExceptionFinding(ExceptionKind.REVERSAL, Severity.LOW, "donation:" + donation,
                            (cash ? "Cash donation " : "In-kind donation ") + donation + " of " + amount + " to fund " + fund
                                    + " (receipt " + receipt + ") was reversed: " + rs.getString("reason") + ".",
                            "社区基金" + fund + "的" + (cash ? "现金捐赠" : "物资捐赠") + donation + "(" + amount + "元,收据" + receipt
                                    + ")已冲销,原因:" + rs.getString("reason") + "。",
                            amount, date(rs, "effective_date"), instant(rs, "recorded_at"), rs.getString("event_id"));
                })
                .list();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String conditionZh(String condition) {
        return switch (condition) {
            case "CONTRACT_SIGNED" -> "合同签署";
            case "MIDTERM_EVALUATION_PASSED" -> "中期评估合格";
            case "FINAL_ACCEPTANCE_PASSED" -> "结项验收合格";
            default -> condition;
        };
    }

    private static String milestoneZh(String milestone) {
        return switch (milestone) {
            case "MIDTERM_EVALUATION" -> "中期评估";
            case "FINAL_ACCEPTANCE" -> "结项验收";
            default -> milestone;
        };
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.ofFen(rs.getLong(column));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
