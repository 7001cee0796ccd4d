package org.fundtrail.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a read model from the event store and reports how the rebuilt tables differ from what was live: a copy of
 * each table is taken while the projection is stopped, the projection is reset and replayed, and the two are compared
 * row for row ({@code EXCEPT ALL} both ways). A difference means the live tables had drifted from the events (or
 * events arrived while it ran; the report says how many).
 */
@Component
public class RebuildComparison {

    private static final Logger log = LoggerFactory.getLogger(RebuildComparison.class);
    private static final int SAMPLE = 20;

    /** The tables each read model owns; a new read model adds its line here. */
    static final Map<String, List<String>> TABLES = Map.of(
            "journal", List.of("posting"),
            "fund-read-model", List.of("fund_view", "fund_view_purpose", "fund_pool_view", "donation_view",
                    "in_kind_item_view", "grant_view", "fund_demonstration_point"),
            "contract-read-model", List.of("contract_view", "contract_budget_line_view", "contract_tranche_view",
                    "contract_expenditure_view", "contract_clawback_view", "contract_milestone_view", "contract_return_view"),
            "audit-exceptions", List.of("audit_contract", "audit_contract_forbidden_category", "audit_tranche",
                    "audit_milestone", "audit_tranche_payment", "audit_expenditure", "audit_clawback",
                    "audit_contract_movement", "audit_reversal"),
            "public-read-model", List.of("public_programme", "public_holder", "public_allocation",
                    "public_treasury_return", "public_organisation", "public_charity", "public_contract",
                    "public_tranche", "public_budget_category", "public_clawback", "public_surplus_return",
                    "public_evaluation", "public_fraud_finding", "public_fund", "public_fund_purpose",
                    "public_donation", "public_in_kind_item", "public_grant"));

    private final Projections projections;
    private final JdbcTemplate jdbc;

    RebuildComparison(Projections projections, JdbcTemplate jdbc) {
        this.projections = projections;
        this.jdbc = jdbc;
    }

    public record TableDifference(String table, long liveRows, long rebuiltRows, long onlyLive, long onlyRebuilt,
                                  List<String> sampleOnlyLive, List<String> sampleOnlyRebuilt) {
    }

    public record Report(String projection, boolean identical, long eventsArrivedDuringRebuild,
                         List<TableDifference> tables) {
    }

    public synchronized Report rebuildAndCompare(String name) throws InterruptedException {
        List<String> tables = TABLES.get(name);
        if (tables == null) {
            throw new ProblemHandler.NotFound("no rebuildable projection '" + name + "'");
        }
        projections.stop(name);
        long headBefore = projections.status(name).head();
        for (String table : tables) {
            jdbc.execute("DROP TABLE IF EXISTS " + copyOf(table));
            jdbc.execute("CREATE TABLE " + copyOf(table) + " AS TABLE " + table);
        }
        try {
            projections.rebuild(name);
            Projections.Status status = projections.awaitCaughtUp(name, Duration.ofMinutes(30));
            List<TableDifference> differences = new ArrayList<>();
            boolean identical = true;
            for (String table : tables) {
                TableDifference difference = compare(table);
                identical &= difference.onlyLive() == 0 && difference.onlyRebuilt() == 0;
                differences.add(difference);
            }
            long arrived = Math.max(0, status.head() - headBefore);
            log.info("Rebuilt {}: {} ({} events arrived meanwhile)", name, identical ? "identical" : "DIFFERENT", arrived);
            return new Report(name, identical, arrived, differences);
        } finally {
            tables.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + copyOf(table)));
        }
    }

    private TableDifference compare(String table) {
        String live = copyOf(table);
        return new TableDifference(table,
                count("SELECT count(*) FROM " + live),
                count("SELECT count(*) FROM " + table),
                count("SELECT count(*) FROM (SELECT * FROM " + live + " EXCEPT ALL SELECT * FROM " + table + ") d"),
                count("SELECT count(*) FROM (SELECT * FROM " + table + " EXCEPT ALL SELECT * FROM " + live + ") d"),
                sample("SELECT row_to_json(d)::text FROM (SELECT * FROM " + live + " EXCEPT ALL SELECT * FROM " + table + ") d LIMIT " + SAMPLE),
                sample("SELECT row_to_json(d)::text FROM (SELECT * FROM " + table + " EXCEPT ALL SELECT * FROM " + live + ") d LIMIT " + SAMPLE));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private List<String> sample(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    /** The copy of the live table, taken before the rebuild (the names are ours, never a request's). */
    private static String copyOf(String table) {
        return "rebuild_check_" + table;
    }
}
