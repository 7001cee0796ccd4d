package org.fundtrail.contract;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fundtrail.contract.api.*;
import org.fundtrail.programme.api.TrancheCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Copies contract events into the tables the contract pages and {@code GET /api/contracts} read: the contract and
 * its money, tranches, expenditures, clawbacks, evaluations and surplus returns. Decides nothing; rebuilt by replay.
 */
@Component
@ProcessingGroup(ContractReadModel.PROCESSING_GROUP)
class ContractReadModel {

    static final String PROCESSING_GROUP = "contract-read-model";
    static final List<String> TABLES = List.of("contract_view", "contract_budget_line_view", "contract_tranche_view",
            "contract_expenditure_view", "contract_clawback_view", "contract_milestone_view", "contract_return_view");

    private final JdbcClient jdbc;

    ContractReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContractSigned e) {
        String contract = e.contractId().value();
        jdbc.sql("""
                        INSERT INTO contract_view (contract_id, programme_id, policy_id, funding_holder, organisation_id,
                                                   community, county, year, amount, rating, start_date, end_date, signed_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(contract, e.programmeId().value(), e.policyId(), e.fundingHolder().value(), e.organisationId().value(),
                        e.community(), e.county(), e.year(), e.amount().fen(), e.rating() == null ? null : e.rating().name(),
                        e.startDate(), e.endDate(), e.effectiveDate())
                .update();
        List<BudgetLine> budget = e.budget() == null ? List.of() : e.budget();
        for (int line = 0; line < budget.size(); line++) {
            jdbc.sql("INSERT INTO contract_budget_line_view (contract_id, line, category, amount) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(contract, line + 1, budget.get(line).category(), budget.get(line).amount().fen()).update();
        }
        for (Tranche tranche : e.tranches() == null ? List.<Tranche>of() : e.tranches()) {
            jdbc.sql("""
                            INSERT INTO contract_tranche_view (contract_id, number, percent, amount, condition, planned_date)
                            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(contract, tranche.number(), tranche.percent(), tranche.amount().fen(), tranche.condition().name(),
                            plannedDate(tranche.condition(), e))
                    .update();
        }
    }

    /**
     * Tranche plans name a condition, not a date; the date it is planned for is when that condition is expected:
     * signing at signing, the mid-term evaluation halfway through the contract's term, the final acceptance at its end.
     */
    static LocalDate plannedDate(TrancheCondition condition, ContractSigned e) {
        return switch (condition) {
            case CONTRACT_SIGNED -> e.effectiveDate();
            case MIDTERM_EVALUATION_PASSED -> e.startDate().plusDays(ChronoUnit.DAYS.between(e.startDate(), e.endDate()) / 2);
            case FINAL_ACCEPTANCE_PASSED -> e.endDate();
        };
    }

    @EventHandler
    void on(TrancheBecameDue e) {
        jdbc.sql("UPDATE contract_tranche_view SET status = 'DUE' WHERE contract_id = ? AND number = ? AND status = 'PLANNED'")
                .params(e.contractId().value(), e.number()).update();
    }

    @EventHandler
    void on(TranchePaymentProposed e) {
        jdbc.sql("UPDATE contract_tranche_view SET status = 'PROPOSED', proposed_by = ?, proposed_on = ? WHERE contract_id = ? AND number = ?")
                .params(e.proposedBy(), e.effectiveDate(), e.contractId().value(), e.number()).update();
    }

    @EventHandler
    void on(TranchePaymentRejected e) {
        jdbc.sql("""
                        UPDATE contract_tranche_view SET status = 'REJECTED', rejected_by = ?, rejection_reason = ?
                         WHERE contract_id = ? AND number = ?""")
                .params(e.rejectedBy(), e.reason(), e.contractId().value(), e.number()).update();
    }

    @EventHandler
    void on(TranchePaid e) {
        jdbc.sql("""
                        UPDATE contract_tranche_view SET status = 'PAID', proposed_by = ?, approved_by = ?, paid_on = ?
                         WHERE contract_id = ? AND number = ?""")
                .params(e.proposedBy(), e.approvedBy(), e.effectiveDate(), e.contractId().value(), e.number()).update();
        add("paid", e.contractId(), e.amount().fen());
    }

    @EventHandler
    void on(MilestoneRecorded e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO contract_milestone_view (contract_id, sequence, milestone, passed, report_reference, effective_date)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.contractId().value(), sequence, e.milestone().name(), e.passed(), e.reportReference(), e.effectiveDate())
                .update();
    }

    @EventHandler
    void on(ExpenditureReported e, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO contract_expenditure_view (contract_id, expenditure_id, category, amount, description,
                                                               evidence_reference, effective_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.contractId().value(), e.expenditureId().value(), e.category(), e.amount().fen(),
                        e.description() == null ? "" : e.description(), e.evidenceReference(), e.effectiveDate(),
                        java.sql.Timestamp.from(recordedAt))
                .update();
    }

    @EventHandler
    void on(ExpenditureAccepted e) {
        jdbc.sql("""
                        UPDATE contract_expenditure_view SET status = 'ACCEPTED', reviewed_by = ?, reviewed_on = ?
                         WHERE contract_id = ? AND expenditure_id = ?""")
                .params(e.acceptedBy(), e.effectiveDate(), e.contractId().value(), e.expenditureId().value()).update();
        add("accepted", e.contractId(), e.amount().fen());
    }

    @EventHandler
    void on(ExpenditureRejected e) {
        jdbc.sql("""
                        UPDATE contract_expenditure_view SET status = 'REJECTED', reviewed_by = ?, rejection_reason = ?
                         WHERE contract_id = ? AND expenditure_id = ?""")
                .params(e.rejectedBy(), e.reason(), e.contractId().value(), e.expenditureId().value()).update();
    }

    @EventHandler
    void on(ClawbackDemanded e) {
        jdbc.sql("""
                        INSERT INTO contract_clawback_view (contract_id, clawback_id, amount, reason, fraud, demanded_on,
                                                            due_date, outstanding)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.contractId().value(), e.clawbackId().value(), e.amount().fen(), e.reason(), e.fraud(),
                        e.effectiveDate(), e.dueDate(), e.amount().fen())
                .update();
        add("demanded", e.contractId(), e.amount().fen());
    }

    @EventHandler
    void on(ClawbackRepaid e) {
        jdbc.sql("""
                        UPDATE contract_clawback_view SET repaid = repaid + ?, outstanding = ?, last_repaid_on = ?
                         WHERE contract_id = ? AND clawback_id = ?""")
                .params(e.amount().fen(), e.outstanding().fen(), e.effectiveDate(), e.contractId().value(),
                        e.clawbackId().value())
                .update();
        add("repaid", e.contractId(), e.amount().fen());
    }

    @EventHandler
    void on(ClawbackOverdue e) {
        jdbc.sql("UPDATE contract_clawback_view SET overdue = TRUE WHERE contract_id = ? AND clawback_id = ?")
                .params(e.contractId().value(), e.clawbackId().value()).update();
    }

    @EventHandler
    void on(SurplusReturned e, @SequenceNumber long sequence) {
        jdbc.sql("INSERT INTO contract_return_view (contract_id, sequence, amount, effective_date) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(e.contractId().value(), sequence, e.amount().fen(), e.effectiveDate()).update();
        add("returned", e.contractId(), e.amount().fen());
    }

    @EventHandler
    void on(FraudFound e) {
        jdbc.sql("UPDATE contract_view SET fraud_finding = ? WHERE contract_id = ?")
                .params(e.finding(), e.contractId().value()).update();
    }

    @EventHandler
    void on(ContractTerminated e) {
        ended(e.contractId(), "TERMINATED", e.effectiveDate(), e.reason(), e.released().fen());
    }

    @EventHandler
    void on(ContractClosed e) {
        ended(e.contractId(), "CLOSED", e.effectiveDate(), null, e.released().fen());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE " + String.join(", ", TABLES)).update();
    }

    private void ended(ContractId contractId, String status, LocalDate on, String reason, long released) {
        jdbc.sql("""
                        UPDATE contract_view SET status = ?, ended_on = ?, end_reason = COALESCE(?, end_reason),
                                                 released = released + ?
                         WHERE contract_id = ?""")
                .params(status, on, reason, released, contractId.value()).update();
    }

    /** Adds to one of the contract's running totals (the column names are this class's own, never a request's). */
    private void add(String column, ContractId contractId, long fen) {
        jdbc.sql("UPDATE contract_view SET " + column + " = " + column + " + ? WHERE contract_id = ?")
                .params(fen, contractId.value()).update();
    }
}
