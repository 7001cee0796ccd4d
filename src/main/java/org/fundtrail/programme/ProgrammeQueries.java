package org.fundtrail.programme;

import org.fundtrail.money.Money;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ReturnId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads of a programme's channel: its holders with what each holds, allocations waiting for an approver, returns on
 * their way up. From the command-side tables, so an approver sees a proposal the moment it is recorded.
 */
@Component
class ProgrammeQueries {

    private final JdbcClient jdbc;

    ProgrammeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ProgrammeView(String id, String name, String policyId, String treasuryId, String rootHolder, int fiscalYear) {
    }

    record HolderView(String holder, String name, String parent, Money available, Money returnDue) {
    }

    record AllocationView(String id, String fromHolder, String toHolder, String toName, Money amount, String proposedBy,
                          String status) {
    }

    record ReturnView(String id, String atHolder, Money amount, int hops, String contractId, String reason, boolean completed) {
    }

    record ProgrammeDetail(ProgrammeView programme, List<HolderView> holders, List<AllocationView> allocations,
                           List<ReturnView> returns) {
    }

    List<ProgrammeView> programmes() {
        return jdbc.sql("""
                        SELECT d.programme_id, n.name, d.policy_id, d.treasury_id, d.root_holder, d.fiscal_year
                          FROM programme_directory d JOIN programme_name n USING (programme_id) ORDER BY d.programme_id""")
                .query((rs, i) -> new ProgrammeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
    }

    Optional<ProgrammeDetail> programme(ProgrammeId id) {
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

    /** The holder that pays an allocation: its officers and approvers act on it. */
    Optional<HolderId> allocationPayer(ProgrammeId programme, AllocationId allocation) {
        return jdbc.sql("SELECT from_holder FROM allocation_directory WHERE programme_id = ? AND allocation_id = ?")
                .params(programme.value(), allocation.value())
                .query((rs, i) -> HolderId.of(rs.getString(1))).optional();
    }

    /** Where an open return is now; empty once it reached the treasury or if there is no such return. */
    Optional<HolderId> returnPosition(ProgrammeId programme, ReturnId returnId) {
        return jdbc.sql("SELECT at_holder FROM return_directory WHERE programme_id = ? AND return_id = ? AND at_holder IS NOT NULL")
                .params(programme.value(), returnId.value())
                .query((rs, i) -> HolderId.of(rs.getString(1))).optional();
    }
}
