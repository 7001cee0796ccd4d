package org.fundtrail.audit.exceptions;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackOverdue;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractSigned;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.ExpenditureAccepted;
import org.fundtrail.contract.api.Milestone;
import org.fundtrail.contract.api.MilestoneRecorded;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.contract.api.Tranche;
import org.fundtrail.contract.api.TranchePaid;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.TrancheCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps what the exception report's checks need: per contract its end date, forbidden categories, tranche plan,
 * evaluations, payments (with what was on record when each was made, by event order), accepted expenditures,
 * clawbacks and the money it holds; and every reversed donation. Decides nothing and refuses nothing: the aggregates
 * do that. This model records what happened so that the report can check it independently of them.
 * <p>
 * The money a contract holds follows the journal's rules for {@code contract:{id}:committed}, {@code :disbursed} and
 * {@code :clawback-due} (see {@code PublicFundPostings}), kept here so that one processor's position answers for the
 * whole report. Rebuilt by replay: {@link #reset()} empties every table.
 */
@Component
@ProcessingGroup(AuditExceptionsProjection.PROCESSING_GROUP)
class AuditExceptionsProjection {

    static final String PROCESSING_GROUP = "audit-exceptions";

    static final String COMMITTED = "committed";
    static final String DISBURSED = "disbursed";
    static final String CLAWBACK_DUE = "clawback-due";

    private final JdbcClient jdbc;

    AuditExceptionsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Contracts

    @EventHandler
    void on(ContractSigned e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        String contract = e.contractId().value();
        jdbc.sql("""
                        INSERT INTO audit_contract (contract_id, programme_id, policy_id, organisation_id, community, amount,
                                                    start_date, end_date, signed_on, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(contract, e.programmeId().value(), e.policyId(), e.organisationId().value(), e.community(),
                        e.amount().fen(), e.startDate(), e.endDate(), e.effectiveDate(), java.sql.Timestamp.from(recordedAt))
                .update();
        if (e.forbiddenCategories() != null) {
            for (String category : e.forbiddenCategories()) {
                jdbc.sql("INSERT INTO audit_contract_forbidden_category (contract_id, category) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(contract, category).update();
            }
        }
        if (e.tranches() != null) {
            for (Tranche tranche : e.tranches()) {
                jdbc.sql("INSERT INTO audit_tranche (contract_id, number, condition, amount) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(contract, tranche.number(), tranche.condition().name(), tranche.amount().fen()).update();
            }
        }
        // ContractFunded (same transaction) earmarks the same amount: contract:{id}:committed
        move(eventId, 1, e.contractId(), COMMITTED, null, e.amount(), e.effectiveDate());
    }

    @EventHandler
    void on(MilestoneRecorded e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO audit_milestone (event_id, contract_id, milestone, passed, report_reference, effective_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, e.contractId().value(), e.milestone().name(), e.passed(), e.reportReference(),
                        e.effectiveDate(), java.sql.Timestamp.from(recordedAt))
                .update();
    }

    /**
     * Records the payment with what was on record when it was made: every event of the contract handled before this
     * one is in the tables already (one contract's events are handled in their stream's order).
     */
    @EventHandler
    void on(TranchePaid e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        String contract = e.contractId().value();
        Optional<String> condition = jdbc.sql("SELECT condition FROM audit_tranche WHERE contract_id = ? AND number = ?")
                .params(contract, e.number()).query(String.class).optional();
        boolean onRecord = condition.map(c -> conditionOnRecord(contract, TrancheCondition.valueOf(c))).orElse(false);
        Optional<Object[]> failed = jdbc.sql("""
                        SELECT milestone, effective_date FROM audit_milestone WHERE contract_id = ? AND NOT passed
                         ORDER BY recorded_at, event_id LIMIT 1""")
                .param(contract)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getDate(2)}).optional();
        jdbc.sql("""
                        INSERT INTO audit_tranche_payment (event_id, contract_id, number, amount, condition, condition_on_record,
                                                           failed_evaluation, failed_on, proposed_by, approved_by,
                                                           effective_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, contract, e.number(), e.amount().fen(), condition.orElse(null), onRecord,
                        failed.map(f -> f[0]).orElse(null), failed.map(f -> f[1]).orElse(null),
                        e.proposedBy(), e.approvedBy(), e.effectiveDate(), java.sql.Timestamp.from(recordedAt))
                .update();
        move(eventId, 1, e.contractId(), COMMITTED, null, e.amount().negate(), e.effectiveDate());
        move(eventId, 2, e.contractId(), DISBURSED, null, e.amount(), e.effectiveDate());
    }

    private boolean conditionOnRecord(String contract, TrancheCondition condition) {
        if (condition == TrancheCondition.CONTRACT_SIGNED) {
            return jdbc.sql("SELECT count(*) FROM audit_contract WHERE contract_id = ?").param(contract)
                    .query(Long.class).single() > 0;
        }
        for (Milestone milestone : Milestone.values()) {
            if (milestone.releases() == condition) {
                return jdbc.sql("SELECT count(*) FROM audit_milestone WHERE contract_id = ? AND milestone = ? AND passed")
                        .params(contract, milestone.name()).query(Long.class).single() > 0;
            }
        }
        return false;
    }

    @EventHandler
    void on(ExpenditureAccepted e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO audit_expenditure (event_id, contract_id, expenditure_id, category, amount, accepted_by,
                                                       effective_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, e.contractId().value(), e.expenditureId().value(), e.category(), e.amount().fen(),
                        e.acceptedBy(), e.effectiveDate(), java.sql.Timestamp.from(recordedAt))
                .update();
        move(eventId, 1, e.contractId(), DISBURSED, null, e.amount().negate(), e.effectiveDate());
    }

    @EventHandler
    void on(ClawbackDemanded e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO audit_clawback (contract_id, clawback_id, event_id, amount, reason, fraud, due_date,
                                                    demanded_on, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.contractId().value(), e.clawbackId().value(), eventId, e.amount().fen(), e.reason(), e.fraud(),
                        e.dueDate(), e.effectiveDate(), java.sql.Timestamp.from(recordedAt))
                .update();
        move(eventId, 1, e.contractId(), DISBURSED, null, e.amount().negate(), e.effectiveDate());
        move(eventId, 2, e.contractId(), CLAWBACK_DUE, e.clawbackId().value(), e.amount(), e.effectiveDate());
    }

    @EventHandler
    void on(ClawbackRepaid e, @MessageIdentifier String eventId) {
        move(eventId, 1, e.contractId(), CLAWBACK_DUE, e.clawbackId().value(), e.amount().negate(), e.effectiveDate());
    }

    @EventHandler
    void on(ClawbackOverdue e, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE audit_clawback SET overdue_flagged_at = COALESCE(overdue_flagged_at, ?),
                                                  overdue_outstanding = COALESCE(overdue_outstanding, ?)
                         WHERE contract_id = ? AND clawback_id = ?""")
                .params(java.sql.Timestamp.from(recordedAt), e.outstanding().fen(), e.contractId().value(), e.clawbackId().value())
                .update();
    }

    @EventHandler
    void on(SurplusReturned e, @MessageIdentifier String eventId) {
        move(eventId, 1, e.contractId(), DISBURSED, null, e.amount().negate(), e.effectiveDate());
    }

    @EventHandler
    void on(ContractTerminated e, @MessageIdentifier String eventId) {
        jdbc.sql("UPDATE audit_contract SET terminated_on = COALESCE(terminated_on, ?) WHERE contract_id = ?")
                .params(e.effectiveDate(), e.contractId().value()).update();
        move(eventId, 1, e.contractId(), COMMITTED, null, e.released().negate(), e.effectiveDate());
    }

    @EventHandler
    void on(ContractClosed e, @MessageIdentifier String eventId) {
        jdbc.sql("UPDATE audit_contract SET closed_on = COALESCE(closed_on, ?) WHERE contract_id = ?")
                .params(e.effectiveDate(), e.contractId().value()).update();
        move(eventId, 1, e.contractId(), COMMITTED, null, e.released().negate(), e.effectiveDate());
    }

    /** One signed movement of a contract account; nothing is written for a zero amount (the journal posts none). */
    private void move(String eventId, int leg, ContractId contract, String account, String clawbackId, Money amount,
                      LocalDate effectiveDate) {
        if (amount.fen() == 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO audit_contract_movement (event_id, leg, contract_id, account, clawback_id, amount, effective_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, leg, contract.value(), account, clawbackId, amount.fen(), effectiveDate)
                .update();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Donations

    @EventHandler
    void on(DonationReversed e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        reversal(eventId, "CASH", e.donationId().value(), e.fundId().value(),
                e.receiptNumber() == null ? null : e.receiptNumber().value(), e.amount(), e.reason(), e.effectiveDate(), recordedAt);
    }

    @EventHandler
    void on(InKindDonationReversed e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        reversal(eventId, "IN_KIND", e.donationId().value(), e.fundId().value(),
                e.receiptNumber() == null ? null : e.receiptNumber().value(), e.value(), e.reason(), e.effectiveDate(), recordedAt);
    }

    private void reversal(String eventId, String kind, String donation, String fund, String receipt, Money amount,
                          String reason, LocalDate effectiveDate, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO audit_reversal (event_id, kind, donation_id, fund_id, receipt_number, amount, reason,
                                                    effective_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, kind, donation, fund, receipt, amount.fen(), reason, effectiveDate, java.sql.Timestamp.from(recordedAt))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE audit_contract, audit_contract_forbidden_category, audit_tranche, audit_milestone,
                         audit_tranche_payment, audit_expenditure, audit_clawback, audit_contract_movement, audit_reversal""")
                .update();
    }
}
