package org.fundtrail.contract;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.contract.api.AcceptExpenditure;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.contract.api.Milestone;
import org.fundtrail.contract.api.RecordMilestone;
import org.fundtrail.contract.api.RejectExpenditure;
import org.fundtrail.infra.IdempotentWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the funding holder's officers judge on a contract, the way the API and the workspace both record it:
 * evaluations (mid-term, final acceptance) with their report, and the contractor's reported expenditures.
 */
@Component
public class ContractReviews {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final ContractAccess contracts;
    private final Clock clock;

    ContractReviews(CommandGateway commands, IdempotentWrites idempotent, ContractAccess contracts, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** An evaluation's outcome; a missing date means today. */
    public record Evaluation(Milestone milestone, boolean passed, LocalDate effectiveDate) {
    }

    /**
     * Records an evaluation by an officer of the funding holder.
     *
     * @param requestId   names the request: the API uses the milestone, a form its own id
     * @param fingerprint what the request said, so that the same id with another request is a conflict
     * @param report      gives the report's reference; called inside the write, so a report stored for a refused
     *                    evaluation is stored in a transaction that rolls back with it
     */
    public ResponseEntity<Object> recordMilestone(ContractId contractId, String requestId, Object fingerprint,
                                                  Evaluation evaluation, Supplier<String> report) {
        officerOf(contractId);
        return idempotent.execute("milestone:" + contractId.value() + ":" + requestId, fingerprint, () -> {
            commands.sendAndWait(new RecordMilestone(contractId, evaluation.milestone(), evaluation.passed(), report.get(),
                    orToday(evaluation.effectiveDate())));
            return ResponseEntity.ok(new Done(contractId.value(), evaluation.passed() ? "PASSED" : "FAILED"));
        });
    }

    public ResponseEntity<Object> accept(ContractId contractId, ExpenditureId expenditureId, LocalDate effectiveDate) {
        officerOf(contractId);
        return idempotent.execute("expenditure-review:" + contractId.value() + ":" + expenditureId.value(),
                List.of(contractId, expenditureId, "accept"), () -> {
                    commands.sendAndWait(new AcceptExpenditure(contractId, expenditureId, orToday(effectiveDate)));
                    return ResponseEntity.ok(new Done(expenditureId.value(), "ACCEPTED"));
                });
    }

    public ResponseEntity<Object> reject(ContractId contractId, ExpenditureId expenditureId, String reason,
                                         LocalDate effectiveDate) {
        officerOf(contractId);
        return idempotent.execute("expenditure-review:" + contractId.value() + ":" + expenditureId.value(),
                List.of(contractId, expenditureId, "reject", new Reason(reason, effectiveDate)), () -> {
                    commands.sendAndWait(new RejectExpenditure(contractId, expenditureId, reason));
                    return ResponseEntity.ok(new Done(expenditureId.value(), "REJECTED"));
                });
    }

    /** Only the funding holder's officers (and admins) judge a contract: 404 without one, 403 for anyone else. */
    public void officerOf(ContractId contractId) {
        contracts.requireOfficerOf(contractId);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    /** The answer the API gives: what was judged and how. */
    private record Done(String id, String status) {
    }

    /** What a rejection's fingerprint covers, in the shape the API receives it. */
    private record Reason(String reason, LocalDate effectiveDate) {
    }
}
