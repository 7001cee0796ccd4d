package org.fundtrail.audit.balances;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit: balances", description = "Trial balance and account balances on both clocks: effective date and recording time")
class BalancesController {

    private final TrialBalance trialBalance;
    private final Clock clock;

    BalancesController(TrialBalance trialBalance, Clock clock) {
        this.trialBalance = trialBalance;
        this.clock = clock;
    }

    @GetMapping("/trial-balance")
    @Operation(summary = "Every account's debits, credits, balance and kind over postings effective on or before asOf "
            + "(default today) and recorded on or before knownAt (ISO instant, default now); optionally only accounts "
            + "starting with prefix")
    TrialBalance.Report trialBalance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) String knownAt,
                                     @RequestParam(defaultValue = "") String prefix) {
        return trialBalance.report(BothClocks.of(asOf, knownAt, clock), prefix);
    }

    @GetMapping("/accounts/{account}/balance")
    @Operation(summary = "One account's debits, credits and balance on both clocks (asOf default today, knownAt default now)")
    TrialBalance.AccountBalance accountBalance(@PathVariable String account,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                               @RequestParam(required = false) String knownAt) {
        return trialBalance.balanceOf(account, BothClocks.of(asOf, knownAt, clock));
    }
}
