package org.fundtrail.transparency.opendata;

import org.fundtrail.money.Money;
import org.fundtrail.transparency.PublicReadPool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The open data, read from the public read model's tables only (never from the staff read models), through the
 * public pages' own connection pool. Every row is a disclosed fact; the tables hold no personal data and no free
 * text, and nothing here adds any.
 */
@Component
class OpenDataQueries {

    /** Organisations are identified by their 统一社会信用代码 under this org-id.guide-style prefix. */
    static final String CREDIT_CODE_PREFIX = "CN-USCC-";

    private final JdbcClient jdbc;
    private final String prefix;

    OpenDataQueries(PublicReadPool pool, @Value("${fundtrail.open-data.prefix:360G-fundtrail}") String prefix) {
        this.jdbc = pool.jdbc();
        this.prefix = prefix;
    }

    /** Every transaction: programmes first (by programme, then contract), then the community funds. */
    List<OpenTransaction> transactions() {
        List<OpenTransaction> rows = new ArrayList<>();
        rows.addAll(appropriations());
        rows.addAll(allocations());
        rows.addAll(contractRows());
        rows.addAll(expenditure());
        rows.addAll(clawbackRepayments());
        rows.addAll(surplusReturns());
        rows.addAll(treasuryReturns());
        rows.addAll(donations());
        rows.addAll(grantRows());
        return rows;
    }

    /** Public-fund contracts, then community-fund grants. */
    List<OpenGrant> grants() {
        List<OpenGrant> grants = new ArrayList<>(jdbc.sql("""
                        SELECT c.contract_id, c.programme_id, p.name AS programme_name, c.community, c.county, c.year,
                               c.amount, c.paid, c.signed_on, c.start_date, c.end_date, c.funding_holder,
                               h.name AS holder_name, o.name AS organisation_name, o.credit_code
                          FROM public_contract c
                          JOIN public_programme p ON p.programme_id = c.programme_id
                          LEFT JOIN public_holder h ON h.programme_id = c.programme_id AND h.holder = c.funding_holder
                          LEFT JOIN public_organisation o ON o.organisation_id = c.organisation_id
                         ORDER BY c.programme_id, c.signed_on, c.contract_id""")
                .query((rs, n) -> new OpenGrant(prefix + "-contract-" + rs.getString("contract_id"),
                        rs.getString("community") + "：" + rs.getString("programme_name"),
                        "Public-fund contract under programme %s (%d) for %s%s".formatted(
                                rs.getString("programme_name"), rs.getInt("year"), rs.getString("community"),
                                rs.getString("county") == null ? "" : ", " + rs.getString("county")),
                        money(rs, "amount"), money(rs, "paid"), date(rs, "signed_on"),
                        organisationId(rs.getString("credit_code")), rs.getString("organisation_name"),
                        holderId(rs.getString("funding_holder")), rs.getString("holder_name"),
                        rs.getString("programme_id"), rs.getString("programme_name"), rs.getString("community"),
                        date(rs, "start_date"), date(rs, "end_date")))
                .list());
        grants.addAll(jdbc.sql("""
                        SELECT g.grant_id, g.fund_id, f.name AS fund_name, f.community, g.amount, g.paid, g.awarded_on,
                               pp.name AS purpose_name, ch.name AS charity_name, ch.credit_code
                          FROM public_grant g
                          JOIN public_fund f ON f.fund_id = g.fund_id
                          LEFT JOIN public_fund_purpose pp ON pp.fund_id = g.fund_id AND pp.purpose = g.purpose
                          LEFT JOIN public_charity ch ON ch.charity_id = f.charity_id
                         ORDER BY g.fund_id, g.awarded_on, g.grant_id""")
                .query((rs, n) -> new OpenGrant(prefix + "-grant-" + rs.getString("grant_id"),
                        rs.getString("fund_name") + "：" + (rs.getString("purpose_name") == null
                                ? "非限定用途资助" : rs.getString("purpose_name") + "资助"),
                        "Grant from community fund %s (%s), %s".formatted(rs.getString("fund_name"),
                                rs.getString("community"), rs.getString("purpose_name") == null
                                        ? "unrestricted pool" : "restricted to " + rs.getString("purpose_name")),
                        money(rs, "amount"), money(rs, "paid"), date(rs, "awarded_on"), null, null,
                        organisationId(rs.getString("credit_code")), rs.getString("charity_name"),
                        rs.getString("fund_id"), rs.getString("fund_name"), rs.getString("community"), null, null))
                .list());
        return grants;
    }

    private List<OpenTransaction> appropriations() {
        return jdbc.sql("""
                        SELECT p.programme_id, p.name, p.appropriated, p.root_holder, h.name AS root_name
                          FROM public_programme p
                          LEFT JOIN public_holder h ON h.programme_id = p.programme_id AND h.holder = p.root_holder
                         WHERE p.appropriated > 0 ORDER BY p.programme_id""")
                .query((rs, n) -> new OpenTransaction("appropriation-" + rs.getString("programme_id"),
                        TransactionKind.APPROPRIATION, null, money(rs, "appropriated"), rs.getString("programme_id"),
                        rs.getString("name"), null, null, null, null, "国库 treasury",
                        holderId(rs.getString("root_holder")), rs.getString("root_name"), null, null, null))
                .list();
    }

    private List<OpenTransaction> allocations() {
        return jdbc.sql("""
                        SELECT a.programme_id, p.name AS programme_name, a.allocation_id, a.from_holder,
                               COALESCE(f.name, a.from_holder) AS from_name, a.to_holder, a.to_name,
                               COALESCE(t.depth, 1) AS level, a.amount, a.approved_on
                          FROM public_allocation a
                          JOIN public_programme p ON p.programme_id = a.programme_id
                          LEFT JOIN public_holder f ON f.programme_id = a.programme_id AND f.holder = a.from_holder
                          LEFT JOIN public_holder t ON t.programme_id = a.programme_id AND t.holder = a.to_holder
                         WHERE a.status = 'APPROVED'
                         ORDER BY a.programme_id, level, a.approved_on, a.allocation_id""")
                .query((rs, n) -> new OpenTransaction("allocation-" + rs.getString("allocation_id"),
                        TransactionKind.ALLOCATION, date(rs, "approved_on"), money(rs, "amount"),
                        rs.getString("programme_id"), rs.getString("programme_name"), null, null, null,
                        holderId(rs.getString("from_holder")), rs.getString("from_name"),
                        holderId(rs.getString("to_holder")), rs.getString("to_name"), null, rs.getInt("level"), null))
                .list();
    }

    private static final String CONTRACT_PARTIES = """
              FROM public_contract c
              JOIN public_programme p ON p.programme_id = c.programme_id
              LEFT JOIN public_holder h ON h.programme_id = c.programme_id AND h.holder = c.funding_holder
              LEFT JOIN public_organisation o ON o.organisation_id = c.organisation_id""";

    /** Each contract's commitment, followed by its paid tranches. */
    private List<OpenTransaction> contractRows() {
        List<OpenTransaction> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("SELECT c.*, p.name AS programme_name, h.name AS holder_name, o.name AS organisation_name,"
                        + " o.credit_code\n" + CONTRACT_PARTIES + "\nORDER BY c.programme_id, c.signed_on, c.contract_id")
                .query((rs, n) -> contractTransaction(rs, "commitment-" + rs.getString("contract_id"),
                        TransactionKind.CONTRACT_COMMITMENT, date(rs, "signed_on"), money(rs, "amount"), null))
                .list());
        rows.addAll(jdbc.sql("SELECT c.*, t.number, t.amount AS tranche_amount, t.paid_on, p.name AS programme_name,"
                        + " h.name AS holder_name, o.name AS organisation_name, o.credit_code\n" + CONTRACT_PARTIES
                        + "\nJOIN public_tranche t ON t.contract_id = c.contract_id\nWHERE t.status = 'PAID'"
                        + "\nORDER BY c.programme_id, c.contract_id, t.number")
                .query((rs, n) -> contractTransaction(rs,
                        "tranche-" + rs.getString("contract_id") + "-" + rs.getInt("number"),
                        TransactionKind.TRANCHE_DISBURSEMENT, date(rs, "paid_on"), money(rs, "tranche_amount"),
                        "tranche " + rs.getInt("number")))
                .list());
        return rows;
    }

    private List<OpenTransaction> expenditure() {
        return jdbc.sql("SELECT c.*, b.category, b.spent AS category_spent, p.name AS programme_name,"
                        + " h.name AS holder_name, o.name AS organisation_name, o.credit_code\n" + CONTRACT_PARTIES
                        + "\nJOIN public_budget_category b ON b.contract_id = c.contract_id\nWHERE b.spent > 0"
                        + "\nORDER BY c.programme_id, c.contract_id, b.category")
                .query((rs, n) -> contractTransaction(rs,
                        "expenditure-" + rs.getString("contract_id") + "-" + rs.getString("category"),
                        TransactionKind.EXPENDITURE, null, money(rs, "category_spent"), rs.getString("category")))
                .list();
    }

    private List<OpenTransaction> clawbackRepayments() {
        return jdbc.sql("SELECT c.*, k.clawback_id, k.repaid, k.fraud, p.name AS programme_name,"
                        + " h.name AS holder_name, o.name AS organisation_name, o.credit_code\n" + CONTRACT_PARTIES
                        + "\nJOIN public_clawback k ON k.contract_id = c.contract_id\nWHERE k.repaid > 0"
                        + "\nORDER BY c.programme_id, c.contract_id, k.demanded_on, k.clawback_id")
                .query((rs, n) -> contractTransaction(rs, "clawback-" + rs.getString("clawback_id"),
                        TransactionKind.CLAWBACK_REPAYMENT, null, money(rs, "repaid"),
                        rs.getBoolean("fraud") ? "fraud" : "clawback"))
                .list();
    }

    private List<OpenTransaction> surplusReturns() {
        return jdbc.sql("SELECT c.*, s.event_id, s.amount AS returned_amount, s.returned_on, p.name AS programme_name,"
                        + " h.name AS holder_name, o.name AS organisation_name, o.credit_code\n" + CONTRACT_PARTIES
                        + "\nJOIN public_surplus_return s ON s.contract_id = c.contract_id"
                        + "\nORDER BY c.programme_id, c.contract_id, s.returned_on, s.event_id")
                .query((rs, n) -> contractTransaction(rs, "surplus-" + rs.getString("event_id"),
                        TransactionKind.SURPLUS_RETURN, date(rs, "returned_on"), money(rs, "returned_amount"), null))
                .list();
    }

    /**
     * A contract's money between its two parties: committed and paid by the funding bureau to the organisation;
     * repaid or returned by the organisation to the bureau; spent by the organisation on suppliers, who are not named.
     */
    private OpenTransaction contractTransaction(ResultSet rs, String id, TransactionKind kind, LocalDate date,
                                                Money amount, String category) throws SQLException {
        Party bureau = new Party(holderId(rs.getString("funding_holder")), rs.getString("holder_name"));
        Party organisation = new Party(organisationId(rs.getString("credit_code")), rs.getString("organisation_name"));
        Party nobody = new Party(null, null);
        Party from = switch (kind) {
            case CONTRACT_COMMITMENT, TRANCHE_DISBURSEMENT -> bureau;
            default -> organisation;
        };
        Party to = switch (kind) {
            case CONTRACT_COMMITMENT, TRANCHE_DISBURSEMENT -> organisation;
            case EXPENDITURE -> nobody;
            default -> bureau;
        };
        return new OpenTransaction(id, kind, date, amount, rs.getString("programme_id"),
                rs.getString("programme_name"), rs.getString("contract_id"), null, null, from.id(), from.name(),
                to.id(), to.name(), category, null, null);
    }

    private record Party(String id, String name) {
    }

    private List<OpenTransaction> treasuryReturns() {
        return jdbc.sql("""
                        SELECT r.event_id, r.programme_id, p.name, r.amount, r.returned_on, r.budget_year,
                               r.same_budget_year, p.root_holder, h.name AS root_name
                          FROM public_treasury_return r
                          JOIN public_programme p ON p.programme_id = r.programme_id
                          LEFT JOIN public_holder h ON h.programme_id = p.programme_id AND h.holder = p.root_holder
                         ORDER BY r.programme_id, r.returned_on, r.event_id""")
                .query((rs, n) -> new OpenTransaction("treasury-return-" + rs.getString("event_id"),
                        TransactionKind.TREASURY_RETURN, date(rs, "returned_on"), money(rs, "amount"),
                        rs.getString("programme_id"), rs.getString("name"), null, null, null,
                        holderId(rs.getString("root_holder")), rs.getString("root_name"), null, "国库 treasury",
                        (rs.getBoolean("same_budget_year") ? "same budget year " : "later budget year ")
                                + rs.getInt("budget_year"), null, null))
                .list();
    }

    /** Gifts that stand (not reversed), added up per fund, day and kind: no single donor is visible. */
    private List<OpenTransaction> donations() {
        return jdbc.sql("""
                        SELECT d.fund_id, f.name, d.donated_on, d.kind, SUM(d.amount) AS amount, count(*) AS gifts
                          FROM public_donation d JOIN public_fund f ON f.fund_id = d.fund_id
                         WHERE NOT d.reversed
                         GROUP BY d.fund_id, f.name, d.donated_on, d.kind
                         ORDER BY d.fund_id, d.donated_on, d.kind""")
                .query((rs, n) -> new OpenTransaction(
                        "donations-" + rs.getString("fund_id") + "-" + rs.getDate("donated_on") + "-"
                                + rs.getString("kind").toLowerCase(Locale.ROOT),
                        TransactionKind.DONATIONS_RECEIVED, date(rs, "donated_on"), money(rs, "amount"), null, null,
                        null, rs.getString("fund_id"), rs.getString("name"), null, "捐赠人（合计） donors, aggregated",
                        fundId(rs.getString("fund_id")), rs.getString("name"), rs.getString("kind"), null,
                        rs.getInt("gifts")))
                .list();
    }

    private List<OpenTransaction> grantRows() {
        List<OpenTransaction> rows = new ArrayList<>();
        String select = """
                SELECT g.grant_id, g.fund_id, f.name, g.amount, g.paid, g.awarded_on, pp.name AS purpose_name
                  FROM public_grant g
                  JOIN public_fund f ON f.fund_id = g.fund_id
                  LEFT JOIN public_fund_purpose pp ON pp.fund_id = g.fund_id AND pp.purpose = g.purpose
                """;
        rows.addAll(jdbc.sql(select + " ORDER BY g.fund_id, g.awarded_on, g.grant_id")
                .query((rs, n) -> grantTransaction(rs, TransactionKind.GRANT_COMMITMENT, date(rs, "awarded_on"),
                        money(rs, "amount")))
                .list());
        rows.addAll(jdbc.sql(select + " WHERE g.paid > 0 ORDER BY g.fund_id, g.awarded_on, g.grant_id")
                .query((rs, n) -> grantTransaction(rs, TransactionKind.GRANT_DISBURSEMENT, null, money(rs, "paid")))
                .list());
        return rows;
    }

    private OpenTransaction grantTransaction(ResultSet rs, TransactionKind kind, LocalDate date, Money amount)
            throws SQLException {
        String id = (kind == TransactionKind.GRANT_COMMITMENT ? "grant-" : "grant-paid-") + rs.getString("grant_id");
        return new OpenTransaction(id, kind, date, amount, null, null, null, rs.getString("fund_id"),
                rs.getString("name"), fundId(rs.getString("fund_id")), rs.getString("name"), null, null,
                rs.getString("purpose_name"), null, null);
    }

    private String holderId(String holder) {
        return holder == null ? null : prefix + "-holder-" + holder;
    }

    private String fundId(String fund) {
        return prefix + "-fund-" + fund;
    }

    private static String organisationId(String creditCode) {
        return creditCode == null ? null : CREDIT_CODE_PREFIX + creditCode;
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.ofFen(rs.getLong(column));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
