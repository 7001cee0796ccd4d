package org.fundtrail.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.FundDesignatedAsDemonstrationPoint;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.FundOpened;
import org.fundtrail.fund.api.GoodsDistributed;
import org.fundtrail.fund.api.GoodsSold;
import org.fundtrail.fund.api.GrantAwarded;
import org.fundtrail.fund.api.GrantPaid;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


import java.time.Instant;

/** Copies fund events into the tables the fund pages and API read. Decides nothing; rebuilt by replay. */
@Component
@ProcessingGroup(FundReadModel.PROCESSING_GROUP)
class FundReadModel {

    static final String PROCESSING_GROUP = "fund-read-model";

    private final JdbcClient jdbc;

    FundReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FundOpened e) {
        jdbc.sql("""
                        INSERT INTO fund_view (fund_id, charity_id, name, community, yearly_target, opened_on)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.fundId().value(), e.charityId().value(), e.name(), e.community(), e.yearlyTarget().fen(), e.effectiveDate())
                .update();
        e.purposes().forEach(p -> jdbc.sql("INSERT INTO fund_view_purpose (fund_id, purpose, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(e.fundId().value(), p.code().value(), p.name()).update());
        pool(e.fundId(), Pool.UNRESTRICTED, Money.ZERO);
        e.purposes().forEach(p -> pool(e.fundId(), Pool.restrictedTo(p.code()), Money.ZERO));
    }

    @EventHandler
    void on(FundDesignatedAsDemonstrationPoint e) {
        jdbc.sql("INSERT INTO fund_demonstration_point (fund_id, policy_id, rank, designated_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(e.fundId().value(), e.policyId(), e.rank(), e.effectiveDate()).update();
    }

    @EventHandler
    void on(DonationRecorded e, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO donation_view (donation_id, fund_id, kind, receipt_number, donor_id, donor_kind, anonymous,
                                                   name_publishable, channel, amount, purpose, effective_date, recorded_at)
                        VALUES (?, ?, 'CASH', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.donationId().value(), e.fundId().value(), e.receiptNumber().value(), e.donorId().value(),
                        e.donorKind().name(), e.anonymous(), e.nameMayBePublished(), e.channel().name(), e.amount().fen(),
                        e.purpose() == null ? null : e.purpose().value(), e.effectiveDate(), java.sql.Timestamp.from(recordedAt))
                .update();
        pool(e.fundId(), e.pool(), e.amount());
    }

    @EventHandler
    void on(InKindDonationRecorded e, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO donation_view (donation_id, fund_id, kind, receipt_number, donor_id, donor_kind, anonymous,
                                                   name_publishable, amount, purpose, valuation_basis, evidence,
                                                   effective_date, recorded_at)
                        VALUES (?, ?, 'IN_KIND', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.donationId().value(), e.fundId().value(), e.receiptNumber().value(), e.donorId().value(),
                        e.donorKind().name(), e.anonymous(), e.nameMayBePublished(), e.value().fen(),
                        e.purpose() == null ? null : e.purpose().value(), e.valuationBasis().name(), e.evidenceReference(),
                        e.effectiveDate(), java.sql.Timestamp.from(recordedAt))
                .update();
        for (InKindItem item : e.items()) {
            jdbc.sql("""
                            INSERT INTO in_kind_item_view (donation_id, line, description, quantity, unit, unit_value, value)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(e.donationId().value(), item.line(), item.description(), item.quantity(), item.unit(),
                            item.unitValue().fen(), item.value().fen())
                    .update();
        }
    }

    @EventHandler
    void on(DonationReversed e) {
        reversed(e.donationId().value(), e.reason(), e.effectiveDate());
        pool(e.fundId(), e.pool(), e.amount().negate());
    }

    @EventHandler
    void on(InKindDonationReversed e) {
        reversed(e.donationId().value(), e.reason(), e.effectiveDate());
    }

    @EventHandler
    void on(GoodsDistributed e) {
        disposed(e.donationId().value(), e.line(), e.quantity(), e.bookValue());
    }

    @EventHandler
    void on(GoodsSold e) {
        disposed(e.donationId().value(), e.line(), e.quantity(), e.bookValue());
        pool(e.fundId(), e.pool(), e.proceeds());
    }

    @EventHandler
    void on(GrantAwarded e) {
        jdbc.sql("""
                        INSERT INTO grant_view (grant_id, fund_id, grantee_credit_code, grantee_name, project, pool, awarded, awarded_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.grantId().value(), e.fundId().value(), e.granteeCreditCode(), e.granteeName(), e.project(),
                        e.pool().key(), e.amount().fen(), e.effectiveDate())
                .update();
        pool(e.fundId(), e.pool(), e.amount().negate());
    }

    @EventHandler
    void on(GrantPaid e) {
        jdbc.sql("UPDATE grant_view SET paid = paid + ? WHERE grant_id = ?")
                .params(e.amount().fen(), e.grantId().value()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fund_view, fund_view_purpose, fund_demonstration_point, fund_pool_view, donation_view, in_kind_item_view, grant_view").update();
    }

    private void reversed(String donationId, String reason, java.time.LocalDate on) {
        jdbc.sql("UPDATE donation_view SET reversed = TRUE, reversal_reason = ?, reversed_on = ? WHERE donation_id = ?")
                .params(reason, on, donationId).update();
    }

    private void disposed(String donationId, int line, java.math.BigDecimal quantity, Money bookValue) {
        jdbc.sql("""
                        UPDATE in_kind_item_view SET disposed_quantity = disposed_quantity + ?, disposed_value = disposed_value + ?
                         WHERE donation_id = ? AND line = ?""")
                .params(quantity, bookValue.fen(), donationId, line).update();
    }

    private void pool(FundId fundId, Pool pool, Money change) {
        jdbc.sql("""
                        INSERT INTO fund_pool_view (fund_id, pool, balance) VALUES (?, ?, ?)
                        ON CONFLICT (fund_id, pool) DO UPDATE SET balance = fund_pool_view.balance + EXCLUDED.balance""")
                .params(fundId.value(), pool.key(), change.fen()).update();
    }
}
