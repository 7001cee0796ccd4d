package org.fundtrail.fund;

import org.fundtrail.fund.api.FundId;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads of the fund read model, for the staff API (names of donors included; the public model has its own). */
@Component
public class FundQueries {

    private final JdbcClient jdbc;

    FundQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PurposeView(String code, String name) {
    }

    public record PoolBalance(String pool, Money balance) {
    }

    public record FundSummary(String id, String charityId, String name, String community, Money yearlyTarget,
                       LocalDate openedOn, List<PurposeView> purposes, List<PoolBalance> pools) {
    }

    public record Progress(String fundId, int year, Money target, Money raised, Money cash, Money inKind, long donations,
                    BigDecimal percentOfTarget) {
    }

    public record DonationView(String id, String kind, String receiptNumber, String donorKind, String donorName,
                        String donorContact, boolean anonymous, boolean nameMayBePublished, String channel,
                        Money amount, String purpose, String valuationBasis, String evidenceReference,
                        LocalDate effectiveDate, java.time.Instant recordedAt, boolean reversed, String reversalReason) {
    }

    public record GrantView(String id, String granteeCreditCode, String granteeName, String project, String pool,
                     Money awarded, Money paid, LocalDate awardedOn) {
    }

    Optional<FundSummary> fund(FundId fundId) {
        return jdbc.sql("SELECT fund_id, charity_id, name, community, yearly_target, opened_on FROM fund_view WHERE fund_id = ?")
                .param(fundId.value())
                .query((rs, n) -> new FundSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Money.ofFen(rs.getLong(5)), rs.getDate(6).toLocalDate(), purposes(fundId), pools(fundId)))
                .optional();
    }

    List<FundSummary> funds(CharityId scopeOrNull) {
        return jdbc.sql("""
                        SELECT fund_id FROM fund_view WHERE (CAST(:charity AS VARCHAR) IS NULL OR charity_id = :charity)
                         ORDER BY fund_id""")
                .param("charity", scopeOrNull == null ? null : scopeOrNull.value())
                .query((rs, n) -> rs.getString(1)).list().stream()
                .map(id -> fund(FundId.of(id)).orElseThrow())
                .toList();
    }

    private List<PurposeView> purposes(FundId fundId) {
        return jdbc.sql("SELECT purpose, name FROM fund_view_purpose WHERE fund_id = ? ORDER BY purpose")
                .param(fundId.value())
                .query((rs, n) -> new PurposeView(rs.getString(1), rs.getString(2))).list();
    }

    private List<PoolBalance> pools(FundId fundId) {
        return jdbc.sql("SELECT pool, balance FROM fund_pool_view WHERE fund_id = ? ORDER BY pool")
                .param(fundId.value())
                .query((rs, n) -> new PoolBalance(rs.getString(1), Money.ofFen(rs.getLong(2)))).list();
    }

    /** Raised in a calendar year by effective date: cash plus in-kind at converted value, reversals excluded. */
    Optional<Progress> progress(FundId fundId, int year) {
        return fund(fundId).map(fund -> jdbc.sql("""
                        SELECT COALESCE(SUM(amount) FILTER (WHERE kind = 'CASH'), 0),
                               COALESCE(SUM(amount) FILTER (WHERE kind = 'IN_KIND'), 0),
                               count(*)
                          FROM donation_view
                         WHERE fund_id = ? AND NOT reversed AND effective_date >= ? AND effective_date < ?""")
                .params(fundId.value(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> {
                    Money cash = Money.ofFen(rs.getLong(1));
                    Money inKind = Money.ofFen(rs.getLong(2));
                    Money raised = cash.plus(inKind);
                    BigDecimal percent = fund.yearlyTarget().isPositive()
                            ? BigDecimal.valueOf(raised.fen() * 100).divide(BigDecimal.valueOf(fund.yearlyTarget().fen()), 2, RoundingMode.DOWN)
                            : null;
                    return new Progress(fundId.value(), year, fund.yearlyTarget(), raised, cash, inKind, rs.getLong(3), percent);
                }).single());
    }

    public record FloorLine(String fundId, String name, String community, int rank, Money floor, Money raised,
                     boolean belowFloor) {
    }

    /**
     * Each demonstration point of a policy with its yearly floor and what its fund raised that year (cash and
     * in-kind at converted value, reversals excluded); a point ranked outside every band has no floor.
     */
    List<FloorLine> fundraisingFloors(org.fundtrail.programme.api.ProgrammePolicy policy, int year, CharityId scopeOrNull) {
        return jdbc.sql("""
                        SELECT p.fund_id, f.name, f.community, p.rank FROM fund_demonstration_point p
                          JOIN fund_view f ON f.fund_id = p.fund_id
                         WHERE p.policy_id = :policy AND (CAST(:charity AS VARCHAR) IS NULL OR f.charity_id = :charity)
                         ORDER BY p.rank, p.fund_id""")
                .param("policy", policy.id()).param("charity", scopeOrNull == null ? null : scopeOrNull.value())
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)})
                .list().stream()
                .map(row -> {
                    FundId fund = FundId.of((String) row[0]);
                    int rank = (Integer) row[3];
                    Money raised = progress(fund, year).map(Progress::raised).orElse(Money.ZERO);
                    Money floor = policy.fundraisingFloors().stream()
                            .filter(f -> rank >= f.fromRank() && rank <= f.toRank())
                            .map(org.fundtrail.programme.api.ProgrammePolicy.FundraisingFloor::floor)
                            .findFirst().orElse(null);
                    return new FloorLine(fund.value(), (String) row[1], (String) row[2], rank, floor, raised,
                            floor != null && floor.isGreaterThan(raised));
                })
                .toList();
    }

    List<DonationView> donations(FundId fundId, int limit, int offset) {
        return donationsWhere("d.fund_id = ?", List.of(fundId.value()), limit, offset);
    }

    Optional<DonationView> donation(FundId fundId, org.fundtrail.fund.api.DonationId donationId) {
        return donationsWhere("d.donation_id = ? AND d.fund_id = ?", List.of(donationId.value(), fundId.value()), 1, 0)
                .stream().findFirst();
    }

    private List<DonationView> donationsWhere(String condition, List<Object> values, int limit, int offset) {
        List<Object> params = new java.util.ArrayList<>(values);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                        SELECT d.donation_id, d.kind, d.receipt_number, d.donor_kind, p.name, p.contact, d.anonymous,
                               d.name_publishable, d.channel, d.amount, d.purpose, d.valuation_basis, d.evidence,
                               d.effective_date, d.recorded_at, d.reversed, d.reversal_reason
                          FROM donation_view d LEFT JOIN donor p ON p.donor_id = d.donor_id
                        """ + " WHERE " + condition + " ORDER BY d.recorded_at DESC, d.donation_id LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, n) -> new DonationView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9),
                        Money.ofFen(rs.getLong(10)), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getDate(14).toLocalDate(), rs.getTimestamp(15).toInstant(), rs.getBoolean(16), rs.getString(17)))
                .list();
    }

    /** The item lines of an in-kind donation, with what has been distributed or sold of each. */
    List<ItemView> items(String donationId) {
        return jdbc.sql("""
                        SELECT line, description, quantity, unit, unit_value, value, disposed_quantity, disposed_value
                          FROM in_kind_item_view WHERE donation_id = ? ORDER BY line""")
                .param(donationId)
                .query((rs, n) -> new ItemView(rs.getInt(1), rs.getString(2), plain(rs.getBigDecimal(3)),
                        rs.getString(4), Money.ofFen(rs.getLong(5)), Money.ofFen(rs.getLong(6)),
                        plain(rs.getBigDecimal(7)), Money.ofFen(rs.getLong(8))))
                .list();
    }

    /** 100, 2.5: no trailing zeros, and never 1E+2. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public record ItemView(int line, String description, BigDecimal quantity, String unit, Money unitValue, Money value,
                           BigDecimal disposedQuantity, Money disposedValue) {

        public BigDecimal remainingQuantity() {
            return quantity.subtract(disposedQuantity);
        }
    }

    long donationCount(FundId fundId) {
        return jdbc.sql("SELECT count(*) FROM donation_view WHERE fund_id = ?").param(fundId.value()).query(Long.class).single();
    }

    List<GrantView> grants(FundId fundId) {
        return jdbc.sql("""
                        SELECT grant_id, grantee_credit_code, grantee_name, project, pool, awarded, paid, awarded_on
                          FROM grant_view WHERE fund_id = ? ORDER BY awarded_on, grant_id""")
                .param(fundId.value())
                .query((rs, n) -> new GrantView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Money.ofFen(rs.getLong(6)), Money.ofFen(rs.getLong(7)), rs.getDate(8).toLocalDate()))
                .list();
    }
}
