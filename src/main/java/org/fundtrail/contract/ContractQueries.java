package org.fundtrail.contract;

import org.fundtrail.contract.api.ClawbackId;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.contract.api.Milestone;
import org.fundtrail.infra.Projections;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationDirectory;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.TrancheCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads of the contract read model for the API and the workspace pages. Access is checked by the caller
 * ({@link ContractAccess}); these only read. The read model follows the events with a short lag.
 */
@Component
public class ContractQueries {

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisations;
    private final Projections projections;

    ContractQueries(JdbcClient jdbc, OrganisationDirectory organisations, Projections projections) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.projections = projections;
    }

    /**
     * Waits, at most {@code timeout}, until the read model holds every event stored so far: a page shown right after
     * a write then shows it. Past the timeout the page shows what there is.
     */
    public void catchUp(Duration timeout) {
        try {
            projections.awaitCaughtUp(ContractReadModel.PROCESSING_GROUP, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public enum ContractStatus { SIGNED, TERMINATED, CLOSED }

    public enum TrancheStatus { PLANNED, DUE, PROPOSED, PAID, REJECTED }

    public enum ExpenditureStatus { REPORTED, ACCEPTED, REJECTED }

    /**
     * A contract's money. {@code held} is what the contractor holds of paid money (paid − accepted − demanded −
     * returned, as the contract decides); {@code owed} what it still owes on clawbacks; {@code unpaid} what is
     * earmarked and neither paid nor released.
     */
    public record Totals(Money amount, Money paid, Money accepted, Money demanded, Money repaid, Money returned,
                         Money released, Money held, Money owed, Money unpaid) {
    }

    public record ContractSummary(ContractId id, ProgrammeId programmeId, HolderId fundingHolder,
                                  OrganisationId organisationId, String organisationName, String community, String county,
                                  int year, ContractStatus status, LocalDate signedOn, LocalDate endDate, Totals money) {
    }

    public record ContractDetail(ContractId id, ProgrammeId programmeId, String policyId, HolderId fundingHolder,
                                 OrganisationId organisationId, String organisationName, String community, String county,
                                 int year, String rating, LocalDate startDate, LocalDate endDate, LocalDate signedOn,
                                 ContractStatus status, LocalDate endedOn, String endReason, String fraudFinding,
                                 Totals money, List<BudgetLineView> budget, List<TrancheView> tranches,
                                 List<ExpenditureView> expenditures, List<ClawbackView> clawbacks,
                                 List<MilestoneView> milestones, List<ReturnView> returns) {
    }

    /** A budget line with what was reported on it: waiting for review, accepted, rejected; and what is left. */
    public record BudgetLineView(String category, Money budget, Money reported, Money accepted, Money rejected,
                                 Money remaining) {
    }

    public record TrancheView(int number, int percent, Money amount, TrancheCondition condition, LocalDate plannedDate,
                              TrancheStatus status, String proposedBy, LocalDate proposedOn, String approvedBy,
                              LocalDate paidOn, String rejectedBy, String rejectionReason) {
    }

    public record ExpenditureView(ExpenditureId id, String category, Money amount, String description,
                                  String evidenceReference, LocalDate effectiveDate, Instant recordedAt,
                                  ExpenditureStatus status, String reviewedBy, LocalDate reviewedOn,
                                  String rejectionReason) {

        /** The hex SHA-256 of the evidence file when the reference names one ({@code sha256:<hex>}), else null. */
        public String evidenceDigest() {
            return evidenceReference != null && evidenceReference.startsWith("sha256:")
                    ? evidenceReference.substring("sha256:".length()) : null;
        }
    }

    public record ClawbackView(ClawbackId id, Money amount, String reason, boolean fraud, LocalDate demandedOn,
                               LocalDate dueDate, Money repaid, Money outstanding, LocalDate lastRepaidOn,
                               boolean overdue) {
    }

    public record MilestoneView(Milestone milestone, boolean passed, String reportReference, LocalDate effectiveDate) {
    }

    public record ReturnView(Money amount, LocalDate effectiveDate) {
    }

    /** A tranche payment an officer proposed, waiting for an approver of the funding holder. */
    public record TrancheProposal(ContractId contractId, OrganisationId organisationId, String organisationName,
                                  String community, int number, Money amount, TrancheCondition condition,
                                  String proposedBy, LocalDate proposedOn) {
    }

    private static final String CONTRACT_COLUMNS = """
            contract_id, programme_id, policy_id, funding_holder, organisation_id, community, county, year, amount, rating,
            start_date, end_date, signed_on, status, ended_on, end_reason, fraud_finding,
            paid, accepted, demanded, repaid, returned, released""";

    public Optional<ContractDetail> contract(ContractId contractId) {
        return jdbc.sql("SELECT " + CONTRACT_COLUMNS + " FROM contract_view WHERE contract_id = ?")
                .param(contractId.value())
                .query(this::row).optional()
                .map(row -> new ContractDetail(row.id, row.programmeId, row.policyId, row.fundingHolder, row.organisationId,
                        organisationName(row.organisationId), row.community, row.county, row.year, row.rating,
                        row.startDate, row.endDate, row.signedOn, row.status, row.endedOn, row.endReason, row.fraudFinding,
                        row.totals, budget(contractId), tranches(contractId), expenditures(contractId),
                        clawbacks(contractId), milestones(contractId), returns(contractId)));
    }

    /** The contracts a scope may read (see {@link ContractAccess#readScope()}), newest first. */
    public List<ContractSummary> contracts(ContractAccess.Scope scope) {
        return jdbc.sql("SELECT " + CONTRACT_COLUMNS + """
                         FROM contract_view
                        WHERE (CAST(:organisation AS VARCHAR) IS NULL OR organisation_id = :organisation)
                          AND (CAST(:holder AS VARCHAR) IS NULL OR funding_holder = :holder)
                        ORDER BY signed_on DESC, contract_id""")
                .param("organisation", scope.organisation() == null ? null : scope.organisation().value())
                .param("holder", scope.fundingHolder() == null ? null : scope.fundingHolder().value())
                .query(this::row).list().stream()
                .map(this::summary)
                .toList();
    }

    public List<ContractSummary> contractsOf(OrganisationId organisation) {
        return contracts(new ContractAccess.Scope(organisation, null));
    }

    public List<ContractSummary> contractsFundedBy(HolderId holder) {
        return contracts(new ContractAccess.Scope(null, holder));
    }

    /** Tranche payments proposed on contracts a holder funds and not yet approved or rejected, oldest first. */
    public List<TrancheProposal> proposalsWaitingFor(HolderId holder) {
        return jdbc.sql("""
                        SELECT c.contract_id, c.organisation_id, c.community, t.number, t.amount, t.condition, t.proposed_by,
                               t.proposed_on
                          FROM contract_tranche_view t JOIN contract_view c ON c.contract_id = t.contract_id
                         WHERE t.status = 'PROPOSED' AND c.funding_holder = ?
                         ORDER BY t.proposed_on, c.contract_id, t.number""")
                .param(holder.value())
                .query((rs, n) -> {
                    OrganisationId organisation = OrganisationId.of(rs.getString(2));
                    return new TrancheProposal(ContractId.of(rs.getString(1)), organisation, organisationName(organisation),
                            rs.getString(3), rs.getInt(4), Money.ofFen(rs.getLong(5)),
                            TrancheCondition.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDate.class));
                })
                .list();
    }

    private List<BudgetLineView> budget(ContractId contractId) {
        return jdbc.sql("""
                        SELECT b.category, b.amount,
                               COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'REPORTED'), 0),
                               COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'ACCEPTED'), 0),
                               COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'REJECTED'), 0)
                          FROM contract_budget_line_view b
                          LEFT JOIN contract_expenditure_view e ON e.contract_id = b.contract_id AND e.category = b.category
                         WHERE b.contract_id = ?
                         GROUP BY b.line, b.category, b.amount
                         ORDER BY b.line""")
                .param(contractId.value())
                .query((rs, n) -> {
                    Money budget = Money.ofFen(rs.getLong(2));
                    Money accepted = Money.ofFen(rs.getLong(4));
                    return new BudgetLineView(rs.getString(1), budget, Money.ofFen(rs.getLong(3)), accepted,
                            Money.ofFen(rs.getLong(5)), budget.minus(accepted));
                })
                .list();
    }

    private List<TrancheView> tranches(ContractId contractId) {
        return jdbc.sql("""
                        SELECT number, percent, amount, condition, planned_date, status, proposed_by, proposed_on, approved_by,
                               paid_on, rejected_by, rejection_reason
                          FROM contract_tranche_view WHERE contract_id = ? ORDER BY number""")
                .param(contractId.value())
                .query((rs, n) -> new TrancheView(rs.getInt(1), rs.getInt(2), Money.ofFen(rs.getLong(3)),
                        TrancheCondition.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        TrancheStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12)))
                .list();
    }

    private List<ExpenditureView> expenditures(ContractId contractId) {
        return jdbc.sql("""
                        SELECT expenditure_id, category, amount, description, evidence_reference, effective_date, recorded_at,
                               status, reviewed_by, reviewed_on, rejection_reason
                          FROM contract_expenditure_view WHERE contract_id = ? ORDER BY effective_date, recorded_at, expenditure_id""")
                .param(contractId.value())
                .query((rs, n) -> new ExpenditureView(ExpenditureId.of(rs.getString(1)), rs.getString(2),
                        Money.ofFen(rs.getLong(3)), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getTimestamp(7).toInstant(), ExpenditureStatus.valueOf(rs.getString(8)), rs.getString(9),
                        rs.getObject(10, LocalDate.class), rs.getString(11)))
                .list();
    }

    private List<ClawbackView> clawbacks(ContractId contractId) {
        return jdbc.sql("""
                        SELECT clawback_id, amount, reason, fraud, demanded_on, due_date, repaid, outstanding, last_repaid_on, overdue
                          FROM contract_clawback_view WHERE contract_id = ? ORDER BY demanded_on, clawback_id""")
                .param(contractId.value())
                .query((rs, n) -> new ClawbackView(ClawbackId.of(rs.getString(1)), Money.ofFen(rs.getLong(2)),
                        rs.getString(3), rs.getBoolean(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        Money.ofFen(rs.getLong(7)), Money.ofFen(rs.getLong(8)), rs.getObject(9, LocalDate.class),
                        rs.getBoolean(10)))
                .list();
    }

    private List<MilestoneView> milestones(ContractId contractId) {
        return jdbc.sql("""
                        SELECT milestone, passed, report_reference, effective_date
                          FROM contract_milestone_view WHERE contract_id = ? ORDER BY sequence""")
                .param(contractId.value())
                .query((rs, n) -> new MilestoneView(Milestone.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    private List<ReturnView> returns(ContractId contractId) {
        return jdbc.sql("SELECT amount, effective_date FROM contract_return_view WHERE contract_id = ? ORDER BY sequence")
                .param(contractId.value())
                .query((rs, n) -> new ReturnView(Money.ofFen(rs.getLong(1)), rs.getObject(2, LocalDate.class)))
                .list();
    }

    private ContractSummary summary(Row row) {
        return new ContractSummary(row.id, row.programmeId, row.fundingHolder, row.organisationId,
                organisationName(row.organisationId), row.community, row.county, row.year, row.status, row.signedOn,
                row.endDate, row.totals);
    }

    private String organisationName(OrganisationId organisation) {
        return organisations.find(organisation).map(OrganisationDirectory.Organisation::name).orElse(organisation.value());
    }

    private record Row(ContractId id, ProgrammeId programmeId, String policyId, HolderId fundingHolder,
                       OrganisationId organisationId, String community, String county, int year, String rating,
                       LocalDate startDate, LocalDate endDate, LocalDate signedOn, ContractStatus status, LocalDate endedOn,
                       String endReason, String fraudFinding, Totals totals) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Money amount = Money.ofFen(rs.getLong("amount"));
        Money paid = Money.ofFen(rs.getLong("paid"));
        Money accepted = Money.ofFen(rs.getLong("accepted"));
        Money demanded = Money.ofFen(rs.getLong("demanded"));
        Money repaid = Money.ofFen(rs.getLong("repaid"));
        Money returned = Money.ofFen(rs.getLong("returned"));
        Money released = Money.ofFen(rs.getLong("released"));
        Totals totals = new Totals(amount, paid, accepted, demanded, repaid, returned, released,
                paid.minus(accepted).minus(demanded).minus(returned), demanded.minus(repaid),
                amount.minus(paid).minus(released));
        return new Row(ContractId.of(rs.getString("contract_id")), ProgrammeId.of(rs.getString("programme_id")),
                rs.getString("policy_id"), HolderId.of(rs.getString("funding_holder")),
                OrganisationId.of(rs.getString("organisation_id")), rs.getString("community"), rs.getString("county"),
                rs.getInt("year"), rs.getString("rating"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getObject("signed_on", LocalDate.class),
                ContractStatus.valueOf(rs.getString("status")), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"), rs.getString("fraud_finding"), totals);
    }
}
