package org.fundtrail.contract;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.contract.api.ReportExpenditure;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.money.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Reporting an expenditure, for the API and the contractor's form alike: who may report (the contractor on its own
 * contract, or an officer of the funding bureau), one record per expenditure id however often it is sent, and the
 * evidence obtained inside the same write, so that a refused report leaves no evidence behind.
 */
@Component
public class ExpenditureReporting {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final ContractAccess access;
    private final Clock clock;

    ExpenditureReporting(CommandGateway commands, IdempotentWrites idempotent, ContractAccess access, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.access = access;
        this.clock = clock;
    }

    /** What is reported; a missing effective date is today. */
    public record Expenditure(ExpenditureId id, String category, Money amount, String description, LocalDate effectiveDate) {
    }

    public record Reported(String id, String status) {
    }

    /**
     * @param request  what identifies this request for a retry (the API's body, the form's fields and file)
     * @param evidence gives the evidence reference; it runs only when the report is new, inside the write's
     *                 transaction, and may itself refuse (a rule violation)
     */
    public ResponseEntity<Object> report(ContractId contractId, Expenditure expenditure, Object request,
                                         Supplier<String> evidence) {
        access.requireContractorOrOfficer(contractId);
        return idempotent.execute("expenditure:" + contractId.value() + ":" + expenditure.id().value(), request, () -> {
            commands.sendAndWait(new ReportExpenditure(contractId, expenditure.id(), expenditure.category(),
                    expenditure.amount(), expenditure.description(), evidence.get(),
                    expenditure.effectiveDate() == null ? LocalDate.now(clock) : expenditure.effectiveDate()));
            return ResponseEntity.ok(new Reported(expenditure.id().value(), "REPORTED"));
        });
    }
}
