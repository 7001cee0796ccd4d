package org.fundtrail.programme;

import org.fundtrail.money.Money;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ReturnId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads of a programme's channel: its holders with what each holds, allocations waiting for an approver, returns on
 * their way up. From the command-side tables, so an approver sees a proposal the moment it is recorded.
 */
@Component
public class ProgrammeQueries {

    private final JdbcClient jdbc;

    ProgrammeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ProgrammeView(String id, String name, String policyId, String treasuryId, String rootHolder, int fiscalYear) {
    }

    public record HolderView(String holder, String name, String parent, Money available, Money returnDue) {
    }

    public record AllocationView(String id, String fromHolder, String toHolder, String toName, Money amount, String proposedBy,
                          String status) {
    }

    public record ReturnView(String id, String atHolder, Money amount, int hops, String contractId, String reason, boolean completed) {
    }

    public record ProgrammeDetail(ProgrammeView programme, List<HolderView> holders, List<AllocationView> allocations,
                           List<ReturnView> returns) {
    }

    public List<ProgrammeView> programmes() {
        return jdbc.sql("""
                        SELECT d.programme_id, n.name, d.policy_id, d.treasury_id, d.root_holder, d.fiscal_year
                          FROM programme_directory d JOIN programme_name n USING (programme_id) ORDER BY d.programme_id""")
                .query((rs, i) -> new ProgrammeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
    }

    public Optional<ProgrammeDetail> programme(ProgrammeId id) {
        return programmes().stream().filter(p -> p.id().equals(id.value())).findFirst()
                .map(p -> new ProgrammeDetail(p, holders(id), allocations(id), returns(id)));
    }

    private List<HolderView> holders(ProgrammeId id) {
        return jdbc.sql("""
                        SELECT h.holder, h.name, h.parent,
                               COALESCE(SUM(m.amount) FILTER (WHERE m.pool = 'available'), 0),
                               COALESCE(SUM(m.amount) FILTER (WHERE m.pool = 'return-due'), 0)
                          FROM programme_holder h
                          LEFT JOIN channel_movement m ON m.programme_id = h.programme_id AND m.holder = h.holder
                         WHERE h.programme_id = ? GROUP BY h.holder, h.name, h.parent ORDER BY h.parent NULLS FIRST, h.holder""")
                .param(id.value())
                .query((rs, i) -> new HolderView(rs.getString(1), rs.getString(2), rs.getString(3),
                        Money.ofFen(rs.getLong(4)), Money.ofFen(rs.getLong(5))))
                .list();
    }

    private List<AllocationView> allocations(ProgrammeId id) {
        return jdbc.sql("""
                        SELECT allocation_id, from_holder, to_holder, to_name, amount, proposed_by, status
                          FROM allocation_directory WHERE programme_id = ? ORDER BY allocation_id""")
                .param(id.value())
                .query((rs, i) -> new AllocationView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Money.ofFen(rs.getLong(5)), rs.getString(6), rs.getString(7)))
                .list();
    }

    private List<ReturnView> returns(ProgrammeId id) {
        return jdbc.sql("""
                        SELECT return_id, at_holder, amount, hops, contract_id, reason FROM return_directory
                         WHERE programme_id = ? ORDER BY return_id""")
                .param(id.value())
                .query((rs, i) -> new ReturnView(rs.getString(1), rs.getString(2), Money.ofFen(rs.getLong(3)), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(2) == null))
                .list();
    }

    /** Programmes in which {@code bureau} holds or held money (it is a holder of the channel). */
    public List<ProgrammeView> programmesOf(HolderId bureau) {
        return programmes().stream().filter(p -> takesPart(ProgrammeId.of(p.id()), bureau)).toList();
    }

    public boolean takesPart(ProgrammeId programme, HolderId bureau) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM programme_holder WHERE programme_id = ? AND holder = ?)")
                .params(programme.value(), bureau.value())
                .query(Boolean.class).single();
    }

    /**
     * An allocation waiting for an approver, with what the approver needs to decide: the programme, both holders by
     * name, the amount, who proposed it and the business date the officer gave it.
     */
    public record PendingAllocation(String programmeId, String programmeName, String allocationId, String fromHolder,
                                    String fromName, String toHolder, String toName, Money amount, String proposedBy,
                                    LocalDate effectiveDate) {
    }

    /**
     * Allocations waiting for a decision by an approver of {@code payer} (every payer when null), leaving out those
     * {@code notProposedBy} proposed: maker and checker are two people. The proposal's business date is read from its
     * event, the only place it is kept.
     */
    public List<PendingAllocation> pendingAllocations(HolderId payer, String notProposedBy) {
        return jdbc.sql("""
                        SELECT a.programme_id, n.name, a.allocation_id, a.from_holder, f.name, a.to_holder, a.to_name,
                               a.amount, a.proposed_by,
                               (SELECT convert_from(e.payload, 'UTF8')::jsonb ->> 'effectiveDate' FROM domainevententry e
                                 WHERE e.aggregateidentifier = 'programme:' || a.programme_id
                                   AND e.payloadtype = 'org.fundtrail.programme.api.AllocationProposed'
                                   AND convert_from(e.payload, 'UTF8')::jsonb ->> 'allocationId' = a.allocation_id
                                 LIMIT 1)
                          FROM allocation_directory a
                          JOIN programme_name n USING (programme_id)
                          LEFT JOIN programme_holder f ON f.programme_id = a.programme_id AND f.holder = a.from_holder
                         WHERE a.status = 'PENDING' AND (CAST(:payer AS VARCHAR) IS NULL OR a.from_holder = :payer)
                           AND a.proposed_by <> :proposer
                         ORDER BY a.programme_id, a.allocation_id""")
                .param("payer", payer == null ? null : payer.value())
                .param("proposer", notProposedBy)
                .query((rs, i) -> new PendingAllocation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), Money.ofFen(rs.getLong(8)), rs.getString(9),
                        rs.getString(10) == null ? null : LocalDate.parse(rs.getString(10))))
                .list();
    }

    /** The holder that pays an allocation: its officers and approvers act on it. */
    public Optional<HolderId> allocationPayer(ProgrammeId programme, AllocationId allocation) {
        return jdbc.sql("SELECT from_holder FROM allocation_directory WHERE programme_id = ? AND allocation_id = ?")
                .params(programme.value(), allocation.value())
                .query((rs, i) -> HolderId.of(rs.getString(1))).optional();
    }

    /** Where an open return is now; empty once it reached the treasury or if there is no such return. */
    public Optional<HolderId> returnPosition(ProgrammeId programme, ReturnId returnId) {
        return jdbc.sql("SELECT at_holder FROM return_directory WHERE programme_id = ? AND return_id = ? AND at_holder IS NOT NULL")
                .params(programme.value(), returnId.value())
                .query((rs, i) -> HolderId.of(rs.getString(1))).optional();
    }
}
