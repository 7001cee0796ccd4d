package org.fundtrail.contract;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.contract.api.ApproveTranchePayment;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ProposeTranchePayment;
import org.fundtrail.contract.api.RejectTranchePayment;
import org.fundtrail.infra.IdempotentWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Tranche payments, maker and checker, the way the API and the workspace both record them: an officer of the funding
 * holder proposes, an approver of it pays or rejects, each write once per request key. Whether the tranche's
 * condition is on record, and that the approver is not the proposer, the contract decides.
 */
@Component
public class TranchePayments {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final ContractAccess contracts;
    private final Clock clock;

    TranchePayments(CommandGateway commands, IdempotentWrites idempotent, ContractAccess contracts, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.contracts = contracts;
        this.clock = clock;
    }

    /**
     * @param attempt the id of the form the proposal comes from (a rejected proposal may be made again, by a new form);
     *                null for the API, where the tranche itself names the request
     */
    public ResponseEntity<Object> propose(ContractId contractId, int number, LocalDate effectiveDate, String attempt) {
        contracts.requireOfficerOf(contractId);
        String key = "tranche-proposal:" + contractId.value() + ":" + number + (attempt == null ? "" : ":" + attempt);
        return idempotent.execute(key, List.of(contractId, number), () -> {
            commands.sendAndWait(new ProposeTranchePayment(contractId, number, orToday(effectiveDate)));
            return ResponseEntity.ok(new Done(contractId.value() + "/" + number, "PROPOSED"));
        });
    }

    public ResponseEntity<Object> approve(ContractId contractId, int number, LocalDate effectiveDate) {
        contracts.requireApproverOf(contractId);
        return idempotent.execute("tranche-approval:" + contractId.value() + ":" + number, List.of(contractId, number), () -> {
            commands.sendAndWait(new ApproveTranchePayment(contractId, number, orToday(effectiveDate)));
            return ResponseEntity.ok(new Done(contractId.value() + "/" + number, "PAID"));
        });
    }

    public ResponseEntity<Object> reject(ContractId contractId, int number, String reason, LocalDate effectiveDate) {
        contracts.requireApproverOf(contractId);
        String key = "tranche-rejection:" + contractId.value() + ":" + number + ":" + (reason == null ? 0 : reason.hashCode());
        return idempotent.execute(key, List.of(contractId, number, new Reason(reason, effectiveDate)), () -> {
            commands.sendAndWait(new RejectTranchePayment(contractId, number, reason));
            return ResponseEntity.ok(new Done(contractId.value() + "/" + number, "REJECTED"));
        });
    }

    /** The answer the API gives: the tranche and what became of it. */
    private record Done(String id, String status) {
    }

    /** What a rejection's fingerprint covers, in the shape the API receives it. */
    private record Reason(String reason, LocalDate effectiveDate) {
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
