package org.fundtrail.audit.pages;

import org.fundtrail.audit.balances.BothClocks;
import org.fundtrail.audit.balances.TrialBalance;
import org.fundtrail.journal.JournalQueries;
import org.fundtrail.web.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Balances on both clocks: the trial balance and one account's balance as of an effective date ({@code asOf}) as
 * known at a recording time ({@code knownAt}), from {@link TrialBalance} like {@code /api/audit/trial-balance}; and an
 * account's postings in recording order, from {@link JournalQueries} like {@code /api/audit/accounts/{a}/postings}.
 */
@PageController
@RequestMapping("/app/audit")
class BalancePages {

    static final int POSTINGS_PER_PAGE = 200;

    private final TrialBalance trialBalance;
    private final JournalQueries journal;
    private final Clock clock;

    BalancePages(TrialBalance trialBalance, JournalQueries journal, Clock clock) {
        this.trialBalance = trialBalance;
        this.journal = journal;
        this.clock = clock;
    }

    @GetMapping("/balances")
    String trialBalance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @RequestParam(required = false) String knownAt,
                        @RequestParam(defaultValue = "") String prefix, Model model) {
        model.addAttribute("prefix", prefix.trim());
        BothClocks at = clocks(asOf, knownAt, model);
        if (at != null) {
            model.addAttribute("report", trialBalance.report(at, prefix.trim()));
        }
        return "audit/balances";
    }

    @GetMapping("/accounts")
    String account(@RequestParam String account,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(required = false) String knownAt,
                   @RequestParam(defaultValue = "-1") long after, Model model) {
        String name = account.trim();
        model.addAttribute("account", name);
        BothClocks at = clocks(asOf, knownAt, model);
        if (at != null) {
            model.addAttribute("balance", trialBalance.balanceOf(name, at));
        }
        List<JournalQueries.PostingLine> postings = journal.postingsOf(name, POSTINGS_PER_PAGE, after);
        model.addAttribute("postings", postings);
        model.addAttribute("nextAfter", postings.size() == POSTINGS_PER_PAGE ? postings.get(postings.size() - 1).globalIndex() : null);
        return "audit/account";
    }

    /** Both clocks from the form, defaults today and now; null (and the field marked) when knownAt cannot be read. */
    private BothClocks clocks(LocalDate asOf, String knownAt, Model model) {
        model.addAttribute("knownAtTyped", knownAt == null ? "" : knownAt);
        Instant known;
        try {
            known = AuditFormat.parseKnownAt(knownAt);
        } catch (IllegalArgumentException e) {
            model.addAttribute("knownAtInvalid", true);
            model.addAttribute("asOf", asOf == null ? LocalDate.now(clock) : asOf);
            return null;
        }
        BothClocks at = BothClocks.at(asOf, known, clock);
        model.addAttribute("asOf", at.asOf());
        model.addAttribute("knownAt", at.knownAt());
        model.addAttribute("knownAtGiven", known != null);
        return at;
    }
}
