package org.fundtrail.programme;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.ApproveAllocation;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeDirectory;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProposeAllocation;
import org.fundtrail.programme.api.RejectAllocation;
import org.fundtrail.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Allocations down the channel, the way the API and the workspace both record them: who may act (an officer of the
 * paying holder proposes, an approver of it decides), once per request key, with the aggregate deciding the rest.
 */
@Component
public class Allocations {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final ProgrammeDirectory directory;
    private final ProgrammeQueries queries;
    private final Access access;
    private final Clock clock;

    Allocations(CommandGateway commands, IdempotentWrites idempotent, ProgrammeDirectory directory,
                ProgrammeQueries queries, Access access, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.directory = directory;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /** What an officer proposes; its id is the request's idempotency key, and a missing date means today. */
    public record Proposal(AllocationId id, HolderId fromHolder, HolderId toHolder, String toHolderName, Money amount,
                           LocalDate effectiveDate) {
    }

    /** What a rejection's fingerprint covers, in the shape the API receives it. */
    private record Reason(String reason) {
    }

    /** The answer the API gives: the allocation and what became of it. */
    public record Done(String id, String status) {
    }

    public ResponseEntity<Object> propose(ProgrammeId programmeId, Proposal proposal) {
        requireProgramme(programmeId);
        access.requireOfficerOf(proposal.fromHolder());
        return idempotent.execute("allocation:" + programmeId.value() + ":" + proposal.id().value(), List.of(programmeId, proposal), () -> {
            commands.sendAndWait(new ProposeAllocation(programmeId, proposal.id(), proposal.fromHolder(), proposal.toHolder(),
                    proposal.toHolderName(), proposal.amount(),
                    proposal.effectiveDate() == null ? LocalDate.now(clock) : proposal.effectiveDate()));
            return ResponseEntity.status(201).body(new Done(proposal.id().value(), "PROPOSED"));
        });
    }

    /** An approver of the paying holder approves; the aggregate refuses the proposer themself. */
    public ResponseEntity<Object> approve(ProgrammeId programmeId, AllocationId allocationId) {
        access.requireApproverOf(payer(programmeId, allocationId));
        return idempotent.execute("allocation-approval:" + programmeId.value() + ":" + allocationId.value(), List.of(programmeId, allocationId), () -> {
            commands.sendAndWait(new ApproveAllocation(programmeId, allocationId));
            return ResponseEntity.ok(new Done(allocationId.value(), "APPROVED"));
        });
    }

    public ResponseEntity<Object> reject(ProgrammeId programmeId, AllocationId allocationId, String reason) {
        access.requireApproverOf(payer(programmeId, allocationId));
        return idempotent.execute("allocation-rejection:" + programmeId.value() + ":" + allocationId.value(),
                List.of(programmeId, allocationId, new Reason(reason)), () -> {
            commands.sendAndWait(new RejectAllocation(programmeId, allocationId, reason));
            return ResponseEntity.ok(new Done(allocationId.value(), "REJECTED"));
        });
    }

    private HolderId payer(ProgrammeId programmeId, AllocationId allocationId) {
        return queries.allocationPayer(programmeId, allocationId)
                .orElseThrow(() -> new ProblemHandler.NotFound("no allocation " + allocationId.value()));
    }

    private void requireProgramme(ProgrammeId id) {
        if (directory.find(id).isEmpty()) {
            throw new ProblemHandler.NotFound("no programme " + id.value());
        }
    }
}
