package org.fundtrail.transparency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.transparency.PublicFacts.Allocation;
import org.fundtrail.transparency.PublicFacts.BudgetCategory;
import org.fundtrail.transparency.PublicFacts.Clawback;
import org.fundtrail.transparency.PublicFacts.Contract;
import org.fundtrail.transparency.PublicFacts.ContractDetail;
import org.fundtrail.transparency.PublicFacts.Donation;
import org.fundtrail.transparency.PublicFacts.Evaluation;
import org.fundtrail.transparency.PublicFacts.FraudFinding;
import org.fundtrail.transparency.PublicFacts.Fund;
import org.fundtrail.transparency.PublicFacts.FundDetail;
import org.fundtrail.transparency.PublicFacts.Grant;
import org.fundtrail.transparency.PublicFacts.Programme;
import org.fundtrail.transparency.PublicFacts.ProgrammeDetail;
import org.fundtrail.transparency.PublicFacts.SurplusReturn;
import org.fundtrail.transparency.PublicFacts.Totals;
import org.fundtrail.transparency.PublicFacts.Tranche;
import org.fundtrail.transparency.PublicFacts.TreasuryReturn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the public read model for the transparency pages and open data, through the public pages' own small pool
 * ({@link PublicReadPool}), and keeps each answer for a few seconds: a burst of readers of the same page costs the
 * database one query. The facts may lag the ledger by those seconds plus the projection's own lag.
 */
@Component
public class PublicQueries {

    /** The most recent cash donations a fund page lists; the count says how many there are in all. */
    public static final int RECENT_DONATIONS = 200;

    private final JdbcClient jdbc;
    private final Cache<List<Object>, Object> answers;

    PublicQueries(PublicReadPool pool, @Value("${fundtrail.public.cache-seconds:5}") long cacheSeconds) {
        this.jdbc = pool.jdbc();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
                .maximumSize(2_000)
                .build();
    }

    public Totals totals() {
        return cached(List.of("totals"), () -> jdbc.sql("""
                        SELECT (SELECT COALESCE(SUM(appropriated), 0) FROM public_programme) AS appropriated,
                               (SELECT COALESCE(SUM(allocated), 0) FROM public_programme)    AS allocated,
                               (SELECT COALESCE(SUM(paid), 0) FROM public_programme)         AS paid,
                               (SELECT COALESCE(SUM(spent), 0) FROM public_programme)        AS spent,
                               (SELECT COALESCE(SUM(clawed_back), 0) FROM public_programme)  AS clawed_back,
                               (SELECT COALESCE(SUM(returned), 0) FROM public_programme)     AS returned,
                               (SELECT COALESCE(SUM(raised_cash), 0) FROM public_fund)       AS raised_cash,
                               (SELECT COALESCE(SUM(raised_in_kind), 0) FROM public_fund)    AS raised_in_kind""")
                .query((rs, n) -> new Totals(money(rs, "appropriated"), money(rs, "allocated"), money(rs, "paid"),
                        money(rs, "spent"), money(rs, "clawed_back"), money(rs, "returned"), money(rs, "raised_cash"),
                        money(rs, "raised_in_kind")))
                .single());
    }

    /** Every programme, newest fiscal year first. */
    public List<Programme> programmes() {
        return cached(List.of("programmes"), () -> jdbc.sql(PROGRAMME_SELECT + "\nORDER BY p.fiscal_year DESC, p.name")
                .query(PublicQueries::programme).list());
    }

    public Optional<ProgrammeDetail> programme(ProgrammeId id) {
        return cached(List.of("programme", id.value()), () -> jdbc.sql(PROGRAMME_SELECT + "\nWHERE p.programme_id = ?")
                .param(id.value()).query(PublicQueries::programme).optional()
                .map(programme -> new ProgrammeDetail(programme, allocations(id), contracts(id), treasuryReturns(id))));
    }

    public Optional<ContractDetail> contract(ContractId id) {
        return cached(List.of("contract", id.value()), () -> contractRows("c.contract_id = ?", id.value()).stream()
                .findFirst()
                .map(contract -> new ContractDetail(contract, categories(id), clawbacks(id), surplusReturns(id),
                        fraudFindings(id))));
    }

    /** Every community fund, by name. */
    public List<Fund> funds() {
        return cached(List.of("funds"), () -> jdbc.sql(FUND_SELECT + "\nORDER BY f.name, f.fund_id")
                .query(PublicQueries::fund).list());
    }

    public Optional<FundDetail> fund(FundId id) {
        return cached(List.of("fund", id.value()), () -> jdbc.sql(FUND_SELECT + "\nWHERE f.fund_id = ?")
                .param(id.value()).query(PublicQueries::fund).optional()
                .map(fund -> new FundDetail(fund, cashDonations(id), donationCount(id), inKindDonations(id), grants(id))));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final String PROGRAMME_SELECT = """
            SELECT p.programme_id, p.name, p.fiscal_year, h.name AS root_name, p.created_on, p.appropriated, p.allocated,
                   p.paid, p.spent, p.clawed_back, p.returned
              FROM public_programme p
              LEFT JOIN public_holder h ON h.programme_id = p.programme_id AND h.holder = p.root_holder""";

    private static Programme programme(ResultSet rs, int n) throws SQLException {
        return new Programme(ProgrammeId.of(rs.getString("programme_id")), rs.getString("name"),
                rs.getInt("fiscal_year"), rs.getString("root_name"), date(rs, "created_on"),
                money(rs, "appropriated"), money(rs, "allocated"), money(rs, "paid"), money(rs, "spent"),
                money(rs, "clawed_back"), money(rs, "returned"));
    }

    private List<Allocation> allocations(ProgrammeId id) {
        return jdbc.sql("""
                        SELECT COALESCE(f.name, a.from_holder) AS from_name, a.to_name, COALESCE(t.depth, 1) AS level,
                               a.amount, a.approved_on
                          FROM public_allocation a
                          LEFT JOIN public_holder f ON f.programme_id = a.programme_id AND f.holder = a.from_holder
                          LEFT JOIN public_holder t ON t.programme_id = a.programme_id AND t.holder = a.to_holder
                         WHERE a.programme_id = ? AND a.status = 'APPROVED'
                         ORDER BY level, from_name, a.to_name, a.approved_on""")
                .param(id.value())
                .query((rs, n) -> new Allocation(rs.getString("from_name"), rs.getString("to_name"), rs.getInt("level"),
                        money(rs, "amount"), date(rs, "approved_on")))
                .list();
    }

    private List<TreasuryReturn> treasuryReturns(ProgrammeId id) {
        return jdbc.sql("""
                        SELECT amount, budget_year, same_budget_year, returned_on FROM public_treasury_return
                         WHERE programme_id = ? ORDER BY returned_on, event_id""")
                .param(id.value())
                .query((rs, n) -> new TreasuryReturn(money(rs, "amount"), rs.getInt("budget_year"),
                        rs.getBoolean("same_budget_year"), date(rs, "returned_on")))
                .list();
    }

    private List<Contract> contracts(ProgrammeId id) {
        return contractRows("c.programme_id = ?", id.value());
    }

    /** Contracts with their tranches and evaluations, three queries however many contracts match. */
    private List<Contract> contractRows(String where, String value) {
        Map<String, List<Tranche>> tranches = jdbc.sql("""
                        SELECT t.contract_id, t.number, t.percent, t.amount, t.condition, t.planned_on, t.status, t.paid_on
                          FROM public_tranche t JOIN public_contract c ON c.contract_id = t.contract_id
                         WHERE\s""" + where + " ORDER BY t.contract_id, t.number")
                .param(value)
                .query((rs, n) -> Map.entry(rs.getString("contract_id"), new Tranche(rs.getInt("number"),
                        rs.getInt("percent"), money(rs, "amount"), rs.getString("condition"), date(rs, "planned_on"),
                        rs.getString("status"), date(rs, "paid_on"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<Evaluation>> evaluations = jdbc.sql("""
                        SELECT e.contract_id, e.milestone, e.passed, e.recorded_on
                          FROM public_evaluation e JOIN public_contract c ON c.contract_id = e.contract_id
                         WHERE\s""" + where + " ORDER BY e.contract_id, e.recorded_on, e.event_id")
                .param(value)
                .query((rs, n) -> Map.entry(rs.getString("contract_id"), new Evaluation(rs.getString("milestone"),
                        rs.getBoolean("passed"), date(rs, "recorded_on"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        SELECT c.*, p.name AS programme_name, o.name AS organisation_name, o.credit_code
                          FROM public_contract c
                          LEFT JOIN public_programme p ON p.programme_id = c.programme_id
                          LEFT JOIN public_organisation o ON o.organisation_id = c.organisation_id
                         WHERE\s""" + where + " ORDER BY c.community, c.signed_on, c.contract_id")
                .param(value)
                .query((rs, n) -> {
                    String contract = rs.getString("contract_id");
                    return new Contract(ContractId.of(contract), ProgrammeId.of(rs.getString("programme_id")),
                            rs.getString("programme_name"), rs.getString("organisation_name"), rs.getString("credit_code"),
                            rs.getString("community"), rs.getString("county"), rs.getInt("year"), money(rs, "amount"),
                            date(rs, "start_date"), date(rs, "end_date"), date(rs, "signed_on"), rs.getString("status"),
                            date(rs, "ended_on"), money(rs, "paid"), money(rs, "spent"), money(rs, "clawback_demanded"),
                            money(rs, "clawback_repaid"), money(rs, "returned"),
                            tranches.getOrDefault(contract, List.of()), evaluations.getOrDefault(contract, List.of()));
                })
                .list();
    }

    private List<BudgetCategory> categories(ContractId id) {
        return jdbc.sql("SELECT category, budget, spent FROM public_budget_category WHERE contract_id = ? ORDER BY budget DESC, category")
                .param(id.value())
                .query((rs, n) -> new BudgetCategory(rs.getString("category"), money(rs, "budget"), money(rs, "spent")))
                .list();
    }

    private List<Clawback> clawbacks(ContractId id) {
        return jdbc.sql("""
                        SELECT amount, repaid, demanded_on, due_on, fraud FROM public_clawback
                         WHERE contract_id = ? ORDER BY demanded_on, clawback_id""")
                .param(id.value())
                .query((rs, n) -> new Clawback(money(rs, "amount"), money(rs, "repaid"), date(rs, "demanded_on"),
                        date(rs, "due_on"), rs.getBoolean("fraud")))
                .list();
    }

    private List<SurplusReturn> surplusReturns(ContractId id) {
        return jdbc.sql("SELECT amount, returned_on FROM public_surplus_return WHERE contract_id = ? ORDER BY returned_on, event_id")
                .param(id.value())
                .query((rs, n) -> new SurplusReturn(money(rs, "amount"), date(rs, "returned_on")))
                .list();
    }

    private List<FraudFinding> fraudFindings(ContractId id) {
        return jdbc.sql("SELECT found_on, amount, debarred_until FROM public_fraud_finding WHERE contract_id = ? ORDER BY found_on, event_id")
                .param(id.value())
                .query((rs, n) -> new FraudFinding(date(rs, "found_on"), money(rs, "amount"), date(rs, "debarred_until")))
                .list();
    }

    private static final String FUND_SELECT = """
            SELECT f.*, ch.name AS charity_name
              FROM public_fund f LEFT JOIN public_charity ch ON ch.charity_id = f.charity_id""";

    private static Fund fund(ResultSet rs, int n) throws SQLException {
        return new Fund(FundId.of(rs.getString("fund_id")), rs.getString("name"), rs.getString("charity_name"),
                rs.getString("community"), money(rs, "target"), date(rs, "opened_on"), money(rs, "raised_cash"),
                money(rs, "raised_in_kind"), money(rs, "granted"), money(rs, "grants_paid"));
    }

    private static final String DONATION_SELECT = """
            SELECT d.donation_id, d.kind, d.donor_kind, d.anonymous, d.donor_display, d.amount, p.name AS purpose_name,
                   d.valuation_basis, d.donated_on, d.reversed
              FROM public_donation d
              LEFT JOIN public_fund_purpose p ON p.fund_id = d.fund_id AND p.purpose = d.purpose""";

    private List<Donation> cashDonations(FundId id) {
        return jdbc.sql(DONATION_SELECT + "\n" + """
                         WHERE d.fund_id = ? AND d.kind = 'CASH'
                         ORDER BY d.donated_on DESC, d.donation_id LIMIT ?""")
                .params(id.value(), RECENT_DONATIONS)
                .query((rs, n) -> donation(rs, List.of()))
                .list();
    }

    private int donationCount(FundId id) {
        return jdbc.sql("SELECT count(*) FROM public_donation WHERE fund_id = ? AND kind = 'CASH'")
                .param(id.value()).query(Integer.class).single();
    }

    private List<Donation> inKindDonations(FundId id) {
        Map<String, List<Money>> items = jdbc.sql("""
                        SELECT i.donation_id, i.value FROM public_in_kind_item i
                          JOIN public_donation d ON d.donation_id = i.donation_id
                         WHERE d.fund_id = ? ORDER BY i.donation_id, i.line""")
                .param(id.value())
                .query((rs, n) -> Map.entry(rs.getString("donation_id"), money(rs, "value")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql(DONATION_SELECT + "\n" + """
                         WHERE d.fund_id = ? AND d.kind = 'IN_KIND'
                         ORDER BY d.donated_on DESC, d.donation_id""")
                .param(id.value())
                .query((rs, n) -> donation(rs, items.getOrDefault(rs.getString("donation_id"), List.of())))
                .list();
    }

    private static Donation donation(ResultSet rs, List<Money> items) throws SQLException {
        return new Donation(rs.getString("kind"), rs.getString("donor_kind"), rs.getBoolean("anonymous"),
                rs.getString("donor_display"), money(rs, "amount"), rs.getString("purpose_name"),
                rs.getString("valuation_basis"), date(rs, "donated_on"), rs.getBoolean("reversed"), items);
    }

    private List<Grant> grants(FundId id) {
        return jdbc.sql("""
                        SELECT p.name AS purpose_name, g.amount, g.paid, g.awarded_on
                          FROM public_grant g
                          LEFT JOIN public_fund_purpose p ON p.fund_id = g.fund_id AND p.purpose = g.purpose
                         WHERE g.fund_id = ? ORDER BY g.awarded_on DESC, g.grant_id""")
                .param(id.value())
                .query((rs, n) -> new Grant(rs.getString("purpose_name"), money(rs, "amount"), money(rs, "paid"),
                        date(rs, "awarded_on")))
                .list();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> query) {
        return (T) answers.get(key, k -> query.get());
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.ofFen(rs.getLong(column));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
