package org.fundtrail.journal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fundtrail.infra.Projections;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/journal")
@Tag(name = "Journal", description = "Double-entry postings of every event; balances at any effective date")
class JournalController {

    private final JournalQueries queries;
    private final JournalRebuildCheck rebuildCheck;
    private final Projections projections;
    private final Clock clock;

    JournalController(JournalQueries queries, JournalRebuildCheck rebuildCheck, Projections projections, Clock clock) {
        this.queries = queries;
        this.rebuildCheck = rebuildCheck;
        this.projections = projections;
        this.clock = clock;
    }

    @GetMapping("/balances")
    @Operation(summary = "Balances of accounts starting with a prefix, over postings effective on or before asOf (default today)")
    List<JournalQueries.Balance> balances(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                          @RequestParam(defaultValue = "") String prefix) {
        return queries.balances(asOf == null ? LocalDate.now(clock) : asOf, prefix);
    }

    @GetMapping("/accounts/{account}/postings")
    @Operation(summary = "An account's postings in recording order, a page at a time (pass the last globalIndex as after)")
    List<JournalQueries.PostingLine> postings(@PathVariable String account,
                                              @RequestParam(defaultValue = "-1") long after,
                                              @RequestParam(defaultValue = "500") int limit) {
        return queries.postingsOf(account, Math.min(Math.max(limit, 1), 5000), after);
    }

    @GetMapping("/rebuild-check")
    @Operation(summary = "Rebuild the journal in memory from the events and compare it with the live one, posting by posting")
    JournalRebuildCheck.Report rebuildCheck() {
        return rebuildCheck.check(projections.status(JournalProjection.PROCESSING_GROUP).position());
    }

    @GetMapping("/conservation")
    @Operation(summary = "Sum of all balances is zero; no account that holds money is overdrawn")
    JournalQueries.ConservationReport conservation(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.conservation(asOf == null ? LocalDate.now(clock) : asOf);
    }
}
