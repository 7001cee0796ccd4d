package org.fundtrail.programme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.AllocationApproved;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.AllocationProposed;
import org.fundtrail.programme.api.AllocationRejected;
import org.fundtrail.programme.api.ContractFunded;
import org.fundtrail.programme.api.FundsAppropriated;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeCreated;
import org.fundtrail.programme.api.ProgrammeDirectory;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ReturnHopRecorded;
import org.fundtrail.programme.api.ReturnOpened;
import org.fundtrail.programme.api.TreasuryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The programme's command-side tables: the directory of programmes and every movement of money at each holder,
 * written in the command's own transaction by a subscribing handler. A holder's money is in one of two pools:
 * {@code available} (may be allocated or committed) and {@code return-due} (came back from a contract or was set
 * aside by a return, and may only go up the channel).
 */
@Component
@ProcessingGroup("programme-command-model")
class ProgrammeCommandModel implements ChannelBalances, ProgrammeDirectory {

    private static final String AVAILABLE = "available";
    private static final String RETURN_DUE = "return-due";

    private final JdbcClient jdbc;

    ProgrammeCommandModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProgrammeCreated e) {
        jdbc.sql("INSERT INTO programme_directory (programme_id, policy_id, treasury_id, root_holder, fiscal_year) VALUES (?, ?, ?, ?, ?)")
                .params(e.programmeId().value(), e.policyId(), e.treasuryId().value(), e.rootHolder().value(), e.fiscalYear())
                .update();
        jdbc.sql("INSERT INTO programme_name (programme_id, name) VALUES (?, ?)").params(e.programmeId().value(), e.name()).update();
        jdbc.sql("INSERT INTO programme_holder (programme_id, holder, name, parent) VALUES (?, ?, ?, NULL)")
                .params(e.programmeId().value(), e.rootHolder().value(), e.rootHolderName()).update();
    }

    @EventHandler
    void on(AllocationProposed e) {
        jdbc.sql("""
                        INSERT INTO allocation_directory (programme_id, allocation_id, from_holder, to_holder, to_name, amount,
                                                          proposed_by, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(e.programmeId().value(), e.allocationId().value(), e.fromHolder().value(), e.toHolder().value(),
                        e.toHolderName(), e.amount().fen(), e.proposedBy())
                .update();
    }

    @EventHandler
    void on(AllocationRejected e) {
        allocationStatus(e.programmeId(), e.allocationId(), "REJECTED");
    }

    private void allocationStatus(ProgrammeId programme, AllocationId allocation, String status) {
        jdbc.sql("UPDATE allocation_directory SET status = ? WHERE programme_id = ? AND allocation_id = ?")
                .params(status, programme.value(), allocation.value()).update();
    }

    @EventHandler
    void on(FundsAppropriated e) {
        move(e.programmeId(), e.rootHolder(), AVAILABLE, e.amount());
    }

    @EventHandler
    void on(AllocationApproved e) {
        move(e.programmeId(), e.fromHolder(), AVAILABLE, e.amount().negate());
        move(e.programmeId(), e.toHolder(), AVAILABLE, e.amount());
        allocationStatus(e.programmeId(), e.allocationId(), "APPROVED");
        jdbc.sql("""
                        INSERT INTO programme_holder (programme_id, holder, name, parent)
                        SELECT programme_id, to_holder, to_name, from_holder FROM allocation_directory
                         WHERE programme_id = ? AND allocation_id = ?
                        ON CONFLICT DO NOTHING""")
                .params(e.programmeId().value(), e.allocationId().value()).update();
    }

    @EventHandler
    void on(ContractFunded e) {
        move(e.programmeId(), e.fundingHolder(), AVAILABLE, e.amount().negate());
    }

    // Money back from a contract may only go back up the channel (专款专用: never to another contract).
    @EventHandler
    void on(ContractTerminated e) {
        move(e.programmeId(), e.fundingHolder(), RETURN_DUE, e.released());
    }

    @EventHandler
    void on(ContractClosed e) {
        move(e.programmeId(), e.fundingHolder(), RETURN_DUE, e.released());
    }

    @EventHandler
    void on(SurplusReturned e) {
        move(e.programmeId(), e.fundingHolder(), RETURN_DUE, e.amount());
    }

    @EventHandler
    void on(ClawbackRepaid e) {
        move(e.programmeId(), e.fundingHolder(), RETURN_DUE, e.amount());
    }

    @EventHandler
    void on(ReturnOpened e) {
        jdbc.sql("""
                        INSERT INTO return_directory (programme_id, return_id, at_holder, amount, hops, contract_id, reason)
                        VALUES (?, ?, ?, ?, 0, ?, ?)""")
                .params(e.programmeId().value(), e.returnId().value(), e.holder().value(), e.amount().fen(),
                        e.contractId() == null ? null : e.contractId().value(), e.reason())
                .update();
        if (e.contractId() == null) {
            move(e.programmeId(), e.holder(), AVAILABLE, e.amount().negate());
            move(e.programmeId(), e.holder(), RETURN_DUE, e.amount());
        }
    }

    @EventHandler
    void on(ReturnHopRecorded e) {
        jdbc.sql("UPDATE return_directory SET at_holder = ?, hops = ? WHERE programme_id = ? AND return_id = ?")
                .params(e.toHolder() == null ? null : e.toHolder().value(), e.hop(), e.programmeId().value(), e.returnId().value())
                .update();
        move(e.programmeId(), e.fromHolder(), RETURN_DUE, e.amount().negate());
        if (e.toHolder() != null) {
            move(e.programmeId(), e.toHolder(), RETURN_DUE, e.amount());
        }
    }

    private void move(ProgrammeId programme, HolderId holder, String pool, Money amount) {
        if (amount.fen() == 0) {
            return;
        }
        jdbc.sql("INSERT INTO channel_movement (programme_id, holder, pool, amount) VALUES (?, ?, ?, ?)")
                .params(programme.value(), holder.value(), pool, amount.fen())
                .update();
    }

    @Override
    public Money lockAvailable(ProgrammeId programmeId, HolderId holder) {
        return lockAndSum(programmeId, holder, AVAILABLE);
    }

    @Override
    public Money lockReturnDue(ProgrammeId programmeId, HolderId holder) {
        return lockAndSum(programmeId, holder, RETURN_DUE);
    }

    /** The same transaction-scoped advisory lock as fund pools: outflows of one holder are decided one at a time. */
    private Money lockAndSum(ProgrammeId programmeId, HolderId holder, String pool) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("channel:" + programmeId.value() + ":" + holder.value())
                .query().singleRow();
        return Money.ofFen(jdbc.sql("""
                        SELECT COALESCE(SUM(amount), 0) FROM channel_movement
                         WHERE programme_id = ? AND holder = ? AND pool = ?""")
                .params(programmeId.value(), holder.value(), pool)
                .query(Long.class).single());
    }

    @Override
    public Optional<ProgrammeFacts> find(ProgrammeId programmeId) {
        return jdbc.sql("SELECT policy_id, treasury_id, root_holder, fiscal_year FROM programme_directory WHERE programme_id = ?")
                .param(programmeId.value())
                .query((rs, n) -> new ProgrammeFacts(programmeId, rs.getString(1), TreasuryId.of(rs.getString(2)),
                        HolderId.of(rs.getString(3)), rs.getInt(4)))
                .optional();
    }
}
