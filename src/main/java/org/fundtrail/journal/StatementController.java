package org.fundtrail.journal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.programme.api.ProgrammeId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * Statements of contracts and programmes, read from the journal (see {@link Statements}): they reconcile with the
 * journal by construction. Reads only.
 */
@RestController
@Tag(name = "Statements", description = "Contract and programme statements computed from the journal, with their reconciliation")
class StatementController {

    private final Statements statements;

    StatementController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping("/api/contracts/{contractId}/statement")
    @Operation(summary = "A contract's statement: earmarked, paid per tranche, spent per category, clawed back, returned, released, balances and whether the flows explain the balances",
            description = "Over postings effective on or before asOf (default: everything posted). 404 when nothing has been posted for the contract.")
    Statements.ContractStatement contract(@PathVariable String contractId,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return statements.contractStatement(ContractId.of(contractId), asOf)
                .orElseThrow(() -> new ProblemHandler.NotFound(nothingPosted("contract", contractId, asOf)));
    }

    @GetMapping("/api/programmes/{programmeId}/statement")
    @Operation(summary = "A programme's statement: appropriated, returned to the treasury, each holder's money, contracts, spending by category, clawbacks, and the reconciliation",
            description = "Over postings effective on or before asOf (default: everything posted). 404 when nothing has been posted for the programme.")
    Statements.ProgrammeStatement programme(@PathVariable String programmeId,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return statements.programmeStatement(ProgrammeId.of(programmeId), asOf)
                .orElseThrow(() -> new ProblemHandler.NotFound(nothingPosted("programme", programmeId, asOf)));
    }

    private static String nothingPosted(String what, String id, LocalDate asOf) {
        return "nothing has been posted for " + what + " " + id + (asOf == null ? "" : " on or before " + asOf);
    }
}
