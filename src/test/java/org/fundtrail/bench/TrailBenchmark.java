package org.fundtrail.bench;

import org.fundtrail.FundtrailApplication;
import org.fundtrail.audit.trail.PostingTrail;
import org.fundtrail.audit.trail.TrailNode;
import org.fundtrail.audit.trail.Trails;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How long the trail of a contract with many events takes (target: under 50 ms for 10,000 events).
 * <p>
 * A {@code main} program, not a test. It starts the application on a throw-away embedded PostgreSQL, writes a
 * synthetic journal for one contract straight into {@code posting} (an appropriation, an allocation, the earmark,
 * tranches, {@code N} expenditures over five categories, a clawback repaid and returned to the treasury hop by hop),
 * plus {@code --noise} postings of other contracts of the same channel, then times {@code Trails.ofContract} (every
 * tranche back to the treasury and forward to each expenditure, plus the earmark) and {@code Trails.ofEvent} of one
 * tranche, and checks that every trail sums to the fen.
 * <pre>
 * ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.fundtrail.bench.TrailBenchmark -Dexec.classpathScope=test -Dexec.args="10000"
 * </pre>
 * Arguments: {@code [N events] [--runs=50] [--noise=20000]}.
 */
public final class TrailBenchmark {

    private TrailBenchmark() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10_000;
        int runs = option(args, "--runs=", 50);
        int noise = option(args, "--noise=", 20_000);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(FundtrailApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--fundtrail.embedded-postgres.ephemeral=true", "--fundtrail.embedded-postgres.durable=false",
                        "--fundtrail.admin.username=admin", "--fundtrail.admin.password=" + UUID.randomUUID(),
                        "--server.port=0", "--logging.level.root=WARN", "--logging.level.org.fundtrail=WARN",
                        "--logging.level.org.springframework.core.annotation=ERROR");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Trails trails = app.getBean(Trails.class);
            String contract = "bench-c-" + UUID.randomUUID().toString().substring(0, 8);
            String trancheEvent = seed(jdbc, contract, events, noise);
            jdbc.execute("ANALYZE posting");

            Trails.SubjectTrail whole = trails.ofContract(contract).orElseThrow();
            check(whole.exact(), "contract trail sums exactly");
            System.out.printf("contract %s: %d events (+%d other contracts' postings on the channel), %d trail nodes, paid %s, %d destinations%n",
                    contract, events, noise, nodes(whole), whole.amount(), whole.destinations().size());
            time("Trails.ofContract (tranches + earmark)", runs, () -> trails.ofContract(contract).orElseThrow());
            time("Trails.ofEvent (one tranche)", runs, () -> trails.ofEvent(trancheEvent).orElseThrow());
        } finally {
            app.close();
        }
    }

    /** Writes the synthetic journal; returns the event id of the first tranche. */
    static String seed(JdbcTemplate jdbc, String contract, int events, int noise) {
        String programme = "bench-p-" + UUID.randomUUID().toString().substring(0, 8);
        String treasury = "treasury:bench-t";
        String city = "channel:" + programme + ":city";
        String district = "channel:" + programme + ":district";
        String committed = "contract:" + contract + ":committed";
        String disbursed = "contract:" + contract + ":disbursed";
        String due = "contract:" + contract + ":clawback-due";
        long index = 1_000_000_000_000L + System.nanoTime() % 1_000_000_000L;
        List<Object[]> rows = new ArrayList<>();
        Seeder s = new Seeder(rows, index);
        long amount = 1_000_000_00L;
        long noiseAmount = noise * 100L;
        s.add("FundsAppropriated", "APPROPRIATION", city, treasury, amount + noiseAmount, "ap-1");
        s.add("AllocationApproved", "ALLOCATION", district, city, amount + noiseAmount, "al-1");
        // other contracts the district funded before this one: the channel accounts are busy too
        for (int i = 0; i < noise; i++) {
            s.add("ContractFunded", "CONTRACT_COMMITMENT", "contract:" + contract + "-n" + i + ":committed", district, 100, null);
        }
        s.add("ContractFunded", "CONTRACT_COMMITMENT", committed, district, amount, null);
        String first = null;
        int tranches = 4;
        for (int t = 1; t <= tranches; t++) {
            String id = s.add("TranchePaid", "TRANCHE_PAID", disbursed, committed, amount / tranches, Integer.toString(t));
            first = first == null ? id : first;
        }
        int expenditures = Math.max(1, events - tranches - 7);
        long each = amount * 9 / 10 / expenditures;
        String[] categories = {"personnel", "activities", "materials", "training", "evaluation"};
        for (int i = 0; i < expenditures; i++) {
            s.add("ExpenditureAccepted", "EXPENDITURE", "contract:" + contract + ":spent:" + categories[i % 5], disbursed, each, "ex-" + i);
        }
        long left = amount - each * expenditures;
        s.add("ClawbackDemanded", "CLAWBACK_DEMANDED", due, disbursed, left, "cb-1");
        s.add("ClawbackRepaid", "CLAWBACK_REPAID", district, due, left, "cb-1");
        s.add("ReturnHopRecorded", "RETURN_HOP", city, district, left, "rt-1");
        s.add("ReturnHopRecorded", "RETURN_TO_TREASURY", treasury, city, left, "rt-1");
        jdbc.batchUpdate("""
                INSERT INTO posting (event_id, leg, global_index, event_type, debit_account, credit_account, amount,
                                     code, effective_date, recorded_at, actor, request_id, reference)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)""", rows);
        return first;
    }

    private static final class Seeder {
        private final List<Object[]> rows;
        private long index;

        Seeder(List<Object[]> rows, long index) {
            this.rows = rows;
            this.index = index;
        }

        String add(String type, String code, String debit, String credit, long fen, String reference) {
            String id = UUID.randomUUID().toString();
            LocalDate date = LocalDate.of(2023, 1, 1).plusDays(rows.size() % 365);
            rows.add(new Object[]{id, index++, type, debit, credit, fen, code, Date.valueOf(date),
                    Timestamp.from(Instant.now()), "req-" + rows.size(), reference});
            return id;
        }
    }

    private static void time(String what, int runs, Supplier<Object> run) {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            run.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            run.get();
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("%-45s runs=%d  median %.1f ms  p95 %.1f ms  max %.1f ms%n", what, runs,
                nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)] / 1e6, nanos[runs - 1] / 1e6);
    }

    static long nodes(Trails.SubjectTrail trail) {
        long count = 0;
        for (List<Trails.EventTrail> list : List.of(trail.events(), trail.related())) {
            for (Trails.EventTrail event : list) {
                for (PostingTrail posting : event.postings()) {
                    count += nodes(posting.backward()) + nodes(posting.forward());
                }
            }
        }
        return count;
    }

    private static long nodes(TrailNode node) {
        long count = 1;
        for (TrailNode child : node.next()) {
            count += nodes(child);
        }
        return count;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("failed: " + what);
        }
    }

    private static int option(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }
}
