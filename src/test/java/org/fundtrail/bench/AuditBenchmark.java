package org.fundtrail.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.fundtrail.FundtrailApplication;
import org.fundtrail.audit.balances.BothClocks;
import org.fundtrail.audit.balances.TrialBalance;
import org.fundtrail.audit.trail.Trails;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorKind;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.PaymentChannel;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.infra.EventSerialization;
import org.fundtrail.infra.Projections;
import org.fundtrail.infra.RequestMetadata;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The audit side at scale: trial balance and CSV export over a million postings, the trail of a contract with 10,000
 * events, and the journal rebuild rate, each against a baseline measured in the same process on the same database.
 * <p>
 * A {@code main} program, not a test ({@code ./mvnw verify} does not run it). It starts the application in-process on
 * a throw-away embedded PostgreSQL with durability off (loading speed; every measurement here reads, except the
 * rebuild, whose writes are then not flushed to disk), and then:
 * <ol>
 * <li>writes {@code --postings} postings with one {@code INSERT ... SELECT generate_series} (donations into 4 pools of
 *     {@code --accounts}/4 funds, from 4 donor channels), {@code VACUUM ANALYZE}s, and times the trial balance
 *     ({@link TrialBalance} bean and {@code GET /api/audit/trial-balance}, median of {@code --runs}) against a bare
 *     {@code count(*)}/{@code SUM} scan and the same aggregation SQL through plain JDBC;</li>
 * <li>streams {@code GET /api/audit/exports/journal.csv} over HTTP, counting bytes and lines, while a thread samples
 *     heap use every 50 ms; against a raw JDBC cursor read of the same query;</li>
 * <li>times {@code Trails.ofContract} / {@code Trails.ofEvent} on the {@link TrailBenchmark} journal (a contract with
 *     {@code --trail-events} events) written next to the million postings;</li>
 * <li>stops every streaming processor, writes {@code --events} {@code DonationRecorded} rows straight into
 *     {@code domainevententry} in the application's own serialised form, reads them back through the storage engine
 *     (the baseline), and times {@code Projections.rebuild("journal")} until it has caught up. With
 *     {@code --rebuild-batch-sizes=100,1000} the application is restarted (same JVM, fresh database) with each
 *     journal batch size in turn and the rebuild phase repeated.</li>
 * </ol>
 * <pre>
 * ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.fundtrail.bench.AuditBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="--postings=1000000 --events=200000 --rebuild-batch-sizes=100,1000"
 * </pre>
 * Other arguments: {@code --accounts=10000 --runs=5 --export-runs=2 --trail-events=10000 --trail-runs=50
 * --trail-noise=20000 --jfr=rebuild.jfr (profile of the last rebuild) --out=file.md --skip=trail,export,balance}.
 */
public final class AuditBenchmark {

    private static final String ADMIN = "admin";

    private AuditBenchmark() {
    }

    record Options(int postings, int accounts, int runs, int exportRuns, int trailEvents, int trailRuns,
                   int trailNoise, int events, List<Integer> batchSizes, Path jfr, Path out, List<String> skip) {

        static Options parse(String[] args) {
            int postings = 1_000_000;
            int accounts = 10_000;
            int runs = 5;
            int exportRuns = 2;
            int trailEvents = 10_000;
            int trailRuns = 50;
            int trailNoise = 20_000;
            int events = 200_000;
            List<Integer> batchSizes = List.of(100);
            Path jfr = null;
            Path out = null;
            List<String> skip = List.of();
            for (String arg : args) {
                String[] kv = arg.replaceFirst("^--", "").split("=", 2);
                String v = kv.length > 1 ? kv[1].replace("_", "") : "";
                switch (kv[0]) {
                    case "postings" -> postings = Integer.parseInt(v);
                    case "accounts" -> accounts = Integer.parseInt(v);
                    case "runs" -> runs = Integer.parseInt(v);
                    case "export-runs" -> exportRuns = Integer.parseInt(v);
                    case "trail-events" -> trailEvents = Integer.parseInt(v);
                    case "trail-runs" -> trailRuns = Integer.parseInt(v);
                    case "trail-noise" -> trailNoise = Integer.parseInt(v);
                    case "events" -> events = Integer.parseInt(v);
                    case "rebuild-batch-sizes" -> batchSizes = Arrays.stream(v.split(",")).map(Integer::valueOf).toList();
                    case "jfr" -> jfr = Path.of(v);
                    case "out" -> out = Path.of(v);
                    case "skip" -> skip = List.of(v.split(","));
                    default -> throw new IllegalArgumentException("unknown option " + arg + "; see the class comment");
                }
            }
            return new Options(postings, Math.max(4, accounts), runs, exportRuns, trailEvents, trailRuns, trailNoise,
                    events, batchSizes, jfr, out, skip);
        }
    }

    private static final StringBuilder REPORT = new StringBuilder();

    public static void main(String[] args) {
        int status = 0;
        try {
            run(Options.parse(args));
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        // Axon leaves a non-daemon janitor thread behind a closed context, and exec:java waits for such threads
        System.exit(status);
    }

    private static void run(Options o) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        String password = UUID.randomUUID().toString();
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        line("#### " + now + ": audit benchmark");
        line("");
        line("| | |");
        line("|---|---|");
        row("machine", "nproc=" + Runtime.getRuntime().availableProcessors() + ", load average at start "
                + loadAverage() + " (shared: other builds may have been running)");
        row("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        boolean first = true;
        for (int i = 0; i < o.batchSizes().size(); i++) {
            int batchSize = o.batchSizes().get(i);
            boolean profile = i == o.batchSizes().size() - 1; // the JIT has seen the rebuild before, unless it is the only one
            ConfigurableApplicationContext app = start(password, batchSize);
            try {
                DataSource db = app.getBean(DataSource.class);
                JdbcTemplate jdbc = new JdbcTemplate(db);
                if (first) {
                    row("PostgreSQL", "embedded " + jdbc.queryForObject("SELECT current_setting('server_version')", String.class)
                            + ", fsync=" + jdbc.queryForObject("SELECT current_setting('fsync')", String.class)
                            + ", synchronous_commit=" + jdbc.queryForObject("SELECT current_setting('synchronous_commit')", String.class)
                            + ", shared_buffers=" + jdbc.queryForObject("SELECT current_setting('shared_buffers')", String.class)
                            + ", work_mem=" + jdbc.queryForObject("SELECT current_setting('work_mem')", String.class));
                    int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
                    Http http = new Http(port, password);
                    generatePostings(jdbc, o);
                    if (!o.skip().contains("balance")) {
                        trialBalance(app, jdbc, http, o);
                    }
                    if (!o.skip().contains("export")) {
                        export(db, http, o);
                    }
                    if (!o.skip().contains("trail")) {
                        trail(app, jdbc, o);
                    }
                }
                if (!o.skip().contains("rebuild")) {
                    rebuild(app, db, jdbc, o, batchSize, profile);
                }
            } finally {
                app.close();
            }
            first = false;
        }
        row("load average at end", loadAverage());
        System.out.println();
        System.out.println(REPORT);
        if (o.out() != null) {
            Files.writeString(o.out(), REPORT + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static ConfigurableApplicationContext start(String password, int journalBatchSize) {
        long began = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(FundtrailApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--fundtrail.embedded-postgres.ephemeral=true", "--fundtrail.embedded-postgres.durable=false",
                        "--fundtrail.admin.username=" + ADMIN, "--fundtrail.admin.password=" + password,
                        "--server.port=0", "--logging.level.root=WARN", "--logging.level.org.fundtrail=WARN",
                        "--logging.level.org.springframework.core.annotation=ERROR",
                        // the sealer hashes new events once a second; here it would compete with the rebuild
                        "--fundtrail.integrity.seal-interval=100000s",
                        "--axon.eventhandling.processors.journal.batch-size=" + journalBatchSize);
        System.out.printf("Fundtrail started in %.1f s (journal batch size %d)%n", seconds(System.nanoTime() - began),
                journalBatchSize);
        return app;
    }

    // ---------------------------------------------------------------- 1. postings and the trial balance

    private static void generatePostings(JdbcTemplate jdbc, Options o) {
        int funds = o.accounts() / 4;
        long began = System.nanoTime();
        jdbc.update("""
                INSERT INTO posting (event_id, leg, global_index, event_type, debit_account, credit_account, amount,
                                     code, effective_date, recorded_at, actor, request_id, reference)
                SELECT 'bulk-' || g, 1, 5000000000000 + g, 'DonationRecorded',
                       'fund:bench-' || lpad((((g / 4) * 7919) % ?)::text, 5, '0') || ':'
                           || (ARRAY['unrestricted', 'restricted:elderly', 'restricted:education', 'restricted:medical'])[1 + g % 4],
                       'donors:' || (ARRAY['bank', 'wechat-pay', 'alipay', 'cash'])[1 + (g / 16) % 4],
                       100 + (g * 37) % 99900, 'DONATION', DATE '2025-01-01' + (g % 365)::int,
                       TIMESTAMPTZ '2025-01-01 00:00:00Z' + g * INTERVAL '1 second', 'bench', 'req-' || g, NULL
                  FROM generate_series(1::bigint, ?) g""", funds, o.postings());
        double insert = seconds(System.nanoTime() - began);
        began = System.nanoTime();
        jdbc.execute("VACUUM ANALYZE posting");
        double vacuum = seconds(System.nanoTime() - began);
        long accounts = jdbc.queryForObject("SELECT count(DISTINCT debit_account) + count(DISTINCT credit_account) FROM posting", Long.class);
        String size = jdbc.queryForObject("SELECT pg_size_pretty(pg_total_relation_size('posting'))", String.class);
        row("postings generated", "%,d in one INSERT ... SELECT generate_series (%.1f s, %,.0f rows/s; VACUUM ANALYZE %.1f s);"
                .formatted(o.postings(), insert, o.postings() / insert, vacuum)
                + " %,d accounts (%,d fund pools debited, 4 donor channels credited); table with indexes %s"
                .formatted(accounts, accounts - 4, size));
    }

    private static void trialBalance(ConfigurableApplicationContext app, JdbcTemplate jdbc, Http http, Options o)
            throws Exception {
        TrialBalance balance = app.getBean(TrialBalance.class);
        BothClocks at = new BothClocks(LocalDate.of(2099, 12, 31), Instant.now());
        long[] sum = new long[2];
        Stats scan = time(o.runs(), () -> jdbc.query("SELECT count(*), SUM(amount) FROM posting", rs -> {
            sum[0] = rs.getLong(1);
            sum[1] = rs.getLong(2);
        }));
        Stats sql = time(o.runs(), () -> jdbc.query("""
                SELECT m.account, SUM(m.debit), SUM(m.credit)
                  FROM posting p
                 CROSS JOIN LATERAL (VALUES (p.debit_account, p.amount, 0::bigint),
                                            (p.credit_account, 0::bigint, p.amount)) AS m(account, debit, credit)
                 GROUP BY m.account ORDER BY m.account COLLATE "C"
                """, rs -> {
        }));
        TrialBalance.Report[] last = new TrialBalance.Report[1];
        Stats bean = time(o.runs(), () -> last[0] = balance.report(at, ""));
        TrialBalance.Report r = last[0];
        check(r.balanced() && r.totalDebits().fen() == sum[1], "trial balance balances and equals SUM(amount)");
        long[] bytes = new long[1];
        Stats overHttp = time(o.runs(), () -> {
            HttpResponse<byte[]> response = http.get("/api/audit/trial-balance?asOf=2099-12-31", HttpResponse.BodyHandlers.ofByteArray());
            check(response.statusCode() == 200, "trial balance answered 200, not " + response.statusCode());
            bytes[0] = response.body().length;
        });
        row("baseline: `SELECT count(*), SUM(amount) FROM posting`", scan + " (" + "%,d rows".formatted(sum[0]) + ")");
        row("same aggregation SQL through plain JDBC", sql + "; **%.1f× the bare scan**".formatted(sql.median() / scan.median()));
        row("**trial balance** (`TrialBalance.report`, %,d accounts)".formatted(r.accountCount()),
                "**" + bean + "**; **%.1f× the bare scan**, %.2f× the plain SQL; debits = credits = %s yuan"
                        .formatted(bean.median() / scan.median(), bean.median() / sql.median(), r.totalDebits()));
        row("trial balance over HTTP (`GET /api/audit/trial-balance`)", overHttp + ", %,d bytes of JSON; %.1f× the bare scan"
                .formatted(bytes[0], overHttp.median() / scan.median()));
    }

    // ---------------------------------------------------------------- 2. CSV export

    private static final String JOURNAL_QUERY = """
            SELECT event_id, leg, global_index, event_type, debit_account, credit_account, amount, code,
                   effective_date, recorded_at, actor, request_id, reference
              FROM posting ORDER BY global_index, leg""";

    private static void export(DataSource db, Http http, Options o) throws Exception {
        List<double[]> raw = new ArrayList<>();
        raw.add(rawCursor(db));
        for (int run = 1; run <= o.exportRuns(); run++) {
            System.gc();
            Thread.sleep(300);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            long gcBefore = gcCount();
            long gcTimeBefore = gcMillis();
            AtomicLong peak = new AtomicLong(baseline);
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long began = System.nanoTime();
            long firstByte = 0;
            long bytes = 0;
            long lines = 0;
            HttpResponse<InputStream> response = http.get("/api/audit/exports/journal.csv", HttpResponse.BodyHandlers.ofInputStream());
            check(response.statusCode() == 200, "export answered 200, not " + response.statusCode());
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (bytes == 0) {
                        firstByte = System.nanoTime() - began;
                    }
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            long wall = System.nanoTime() - began;
            sampling.set(false);
            sampler.join();
            long gcs = gcCount() - gcBefore;
            long gcTime = gcMillis() - gcTimeBefore;
            System.gc();
            Thread.sleep(300);
            long after = memory.getHeapMemoryUsage().getUsed();
            long rows = lines - 1;
            check(rows == o.postings(), "export has " + o.postings() + " rows, not " + rows);
            row("**CSV export** run %d (`GET /api/audit/exports/journal.csv`, streamed over HTTP)".formatted(run),
                    ("**%,.0f rows/s** (%,d rows, %,.1f MB, %.1f s; first byte after %.0f ms); peak heap used %.0f MB"
                            + " above the %.0f MB after-GC baseline (sampled every 50 ms; includes garbage not yet"
                            + " collected: %d young GCs, %d ms); %.1f MB above baseline after a GC at the end")
                            .formatted(rows / seconds(wall), rows, bytes / 1e6, seconds(wall), firstByte / 1e6,
                                    (peak.get() - baseline) / 1048576.0, baseline / 1048576.0, gcs, gcTime,
                                    (after - baseline) / 1048576.0));
            raw.add(rawCursor(db));
            exportRates.add(rows / seconds(wall));
        }
        double rawRate = raw.stream().mapToDouble(r -> r[0]).sorted().toArray()[raw.size() / 2];
        double exportRate = exportRates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        row("baseline: raw JDBC cursor read of the same query (fetch size 1000, every column read)",
                raw.stream().map(r -> "%,.0f".formatted(r[0])).toList() + " rows/s (before and after each export; median %,.0f)".formatted(rawRate));
        row("**CSV export / raw cursor**", "**%.0f %%** (best export run against the median raw read)".formatted(100 * exportRate / rawRate));
    }

    private static final List<Double> exportRates = new ArrayList<>();

    /** @return {rows/s, rows} */
    private static double[] rawCursor(DataSource db) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            long began = System.nanoTime();
            long rows = 0;
            long check = 0;
            try (PreparedStatement s = c.prepareStatement(JOURNAL_QUERY)) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String eventId = rs.getString(1);
                        int leg = rs.getInt(2);
                        long index = rs.getLong(3);
                        String type = rs.getString(4);
                        String debit = rs.getString(5);
                        String credit = rs.getString(6);
                        long amount = rs.getLong(7);
                        String code = rs.getString(8);
                        java.sql.Date date = rs.getDate(9);
                        java.sql.Timestamp at = rs.getTimestamp(10);
                        String actor = rs.getString(11);
                        String request = rs.getString(12);
                        String reference = rs.getString(13);
                        check += eventId.length() + leg + index + type.length() + debit.length() + credit.length()
                                + amount + code.length() + date.getTime() + at.getTime()
                                + (actor == null ? 0 : actor.length()) + (request == null ? 0 : request.length())
                                + (reference == null ? 0 : reference.length());
                        rows++;
                    }
                }
            }
            double wall = seconds(System.nanoTime() - began);
            c.commit();
            if (check == 42) {
                System.out.println("(never)");
            }
            return new double[]{rows / wall, rows};
        }
    }

    // ---------------------------------------------------------------- 3. trail

    private static void trail(ConfigurableApplicationContext app, JdbcTemplate jdbc, Options o) throws Exception {
        Trails trails = app.getBean(Trails.class);
        String contract = "bench-c-" + UUID.randomUUID().toString().substring(0, 8);
        String tranche = TrailBenchmark.seed(jdbc, contract, o.trailEvents(), o.trailNoise());
        jdbc.execute("ANALYZE posting");
        Trails.SubjectTrail whole = trails.ofContract(contract).orElseThrow();
        check(whole.exact(), "contract trail sums exactly");
        Stats ofContract = time(o.trailRuns(), () -> trails.ofContract(contract).orElseThrow());
        Stats ofEvent = time(o.trailRuns(), () -> trails.ofEvent(tranche).orElseThrow());
        row("**trail of a contract** with %,d events (`Trails.ofContract`; +%,d other contracts' postings on the channel, %,d other postings in the table; %,d trail nodes, exact)"
                        .formatted(o.trailEvents(), o.trailNoise(), o.postings(), TrailBenchmark.nodes(whole)),
                "**" + ofContract + "**; target < 50 ms: **" + (ofContract.median() < 50 ? "met" : "not met") + "**");
        row("trail of one tranche (`Trails.ofEvent`)", ofEvent.toString());
    }

    // ---------------------------------------------------------------- 4. journal rebuild

    private static void rebuild(ConfigurableApplicationContext app, DataSource db, JdbcTemplate jdbc, Options o,
                                int batchSize, boolean profile) throws Exception {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        List<String> stopped = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.shutDown();
                stopped.add(name);
            }
        });
        System.out.println("Stopped streaming processors " + stopped + "; writing " + o.events() + " events");
        long began = System.nanoTime();
        writeDonationEvents(jdbc, o.events(), o.accounts() / 4);
        double writeSeconds = seconds(System.nanoTime() - began);
        jdbc.execute("VACUUM ANALYZE domainevententry");
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        String tableSize = jdbc.queryForObject("SELECT pg_size_pretty(pg_total_relation_size('domainevententry'))", String.class);

        EventStorageEngine storage = app.getBean(EventStorageEngine.class);
        DonationBenchmark.CpuMeter readCpu = DonationBenchmark.CpuMeter.start(db);
        double[] readBefore = readAll(storage, events);
        DonationBenchmark.CpuMeter.Usage read = readCpu.stop(0);

        Projections projections = app.getBean(Projections.class);
        Recording recording = profile && o.jfr() != null ? startRecording() : null;
        DonationBenchmark.CpuMeter cpu = DonationBenchmark.CpuMeter.start(db);
        began = System.nanoTime();
        projections.rebuild("journal");
        Projections.Status status = projections.status("journal");
        while (!status.caughtUp()) {
            Thread.sleep(20);
            status = projections.status("journal");
            if (System.nanoTime() - began > Duration.ofMinutes(30).toNanos()) {
                throw new IllegalStateException("rebuild did not finish: " + status);
            }
        }
        long wall = System.nanoTime() - began;
        DonationBenchmark.CpuMeter.Usage usage = cpu.stop(0);
        if (recording != null) {
            recording.stop();
            recording.dump(o.jfr());
            recording.close();
            System.out.println("JFR profile of the rebuild: " + o.jfr().toAbsolutePath());
        }
        long postings = jdbc.queryForObject("SELECT count(*) FROM posting", Long.class);
        long donations = jdbc.queryForObject("SELECT count(*) FROM posting WHERE event_type = 'DonationRecorded'", Long.class);
        check(donations >= o.events(), "every generated donation posted: " + donations);
        double[] readAfter = readAll(storage, events);
        double readRate = Math.max(readBefore[0], readAfter[0]);
        double rate = events / seconds(wall);
        row("events written for the rebuild", ("%,d `DonationRecorded` rows into `domainevententry` (JDBC batches of 1,000,"
                + " serialised with `EventSerialization.serializer()`; %.1f s); %,d events in the store; table %s;"
                + " streaming processors stopped first: %s").formatted(o.events(), writeSeconds, events, tableSize, stopped));
        row("baseline: `EventStorageEngine.readEvents(null, false)`, every payload deserialised",
                ("%,.0f / %,.0f events/s (before / after the rebuild); CPU (before): %.1f µs JVM + %.1f µs PostgreSQL"
                        + " per event, others %.1f core-s").formatted(readBefore[0], readAfter[0],
                        1e6 * read.jvmSeconds() / events, 1e6 * read.postgresSeconds() / events,
                        Math.max(0, read.machineBusySeconds() - read.jvmSeconds() - read.postgresSeconds())));
        row("**journal rebuild, batch size %d** (`Projections.rebuild(\"journal\")` until caught up)".formatted(batchSize),
                ("**%,.0f events/s**, %,.0f postings/s (%,d events, %,d postings, %.1f s); **%.0f %% of the raw read rate**;"
                        + " target ≥ 50,000/s: **%s**")
                        .formatted(rate, postings / seconds(wall), events, postings, seconds(wall), 100 * rate / readRate,
                                rate >= 50_000 ? "met" : "not met"));
        StringBuilder threads = new StringBuilder();
        usage.jvmThreads().entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .filter(e -> e.getValue() > 0.05)
                .forEach(e -> threads.append("%s %.1f s; ".formatted(e.getKey(), e.getValue())));
        row("CPU during the rebuild (batch size %d)".formatted(batchSize),
                ("machine %.0f %% busy; this JVM %.1f core-s (%s), PostgreSQL %.1f core-s, others %.1f core-s;"
                        + " %.1f µs JVM + %.1f µs PostgreSQL per event; **%.1f× the raw read's CPU per event**")
                        .formatted(100 * usage.machineBusySeconds() / Math.max(usage.machineTotalSeconds(), 1e-9),
                                usage.jvmSeconds(), threads.toString().trim(), usage.postgresSeconds(),
                                Math.max(0, usage.machineBusySeconds() - usage.jvmSeconds() - usage.postgresSeconds()),
                                1e6 * usage.jvmSeconds() / events, 1e6 * usage.postgresSeconds() / events,
                                (usage.jvmSeconds() + usage.postgresSeconds())
                                        / Math.max(1e-9, read.jvmSeconds() + read.postgresSeconds())));
    }

    /** {@code DonationRecorded} rows exactly as Axon's JDBC storage writes them: aggregate Donation, sequence 0. */
    private static void writeDonationEvents(JdbcTemplate jdbc, int count, int funds) {
        Serializer serializer = EventSerialization.serializer();
        PaymentChannel[] channels = PaymentChannel.values();
        String[] purposes = {null, "elderly", "education", "medical"};
        DonorKind[] kinds = DonorKind.values();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>(1000);
        for (int i = 0; i < count; i++) {
            String donation = "bench-d-" + i;
            String fund = "bench-%05d".formatted((i / 4) * 7919L % funds);
            Instant at = start.plusMillis(i * 100L);
            DonationRecorded event = new DonationRecorded(DonationId.of(donation), FundId.of(fund),
                    CharityId.of("bench-c-" + (i % 10)),
                    ReceiptNumber.format("bench-c-" + (i % 10), 2026, i / 10 + 1), DonorId.of(UUID.randomUUID().toString()),
                    kinds[i % kinds.length], i % 7 == 0, i % 3 != 0, channels[(i / 4) % channels.length],
                    Money.ofFen(100 + (i * 37L) % 99_900), purposes[i % 4] == null ? null : PurposeCode.of(purposes[i % 4]),
                    LocalDate.ofInstant(at, ZoneOffset.UTC));
            SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
            MetaData metaData = MetaData.with(RequestMetadata.ACTOR, "bench")
                    .and(RequestMetadata.ROLE, "ADMIN")
                    .and(RequestMetadata.REQUEST_ID, UUID.randomUUID().toString())
                    .and("correlationId", UUID.randomUUID().toString())
                    .and("traceId", UUID.randomUUID().toString());
            rows.add(new Object[]{donation, 0L, "Donation", UUID.randomUUID().toString(),
                    serializer.serialize(metaData, byte[].class).getData(), payload.getData(),
                    payload.getType().getRevision(), payload.getType().getName(), DateTimeUtils.formatInstant(at)});
            if (rows.size() == 1000 || i == count - 1) {
                jdbc.batchUpdate("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
                rows.clear();
            }
        }
    }

    /** @return {events/s, events} read through the storage engine, each payload deserialised */
    private static double[] readAll(EventStorageEngine storage, long expected) {
        long began = System.nanoTime();
        long count = 0;
        long check = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            for (var iterator = events.iterator(); iterator.hasNext(); ) {
                TrackedEventMessage<?> event = iterator.next();
                check += event.getPayload().hashCode() + event.getMetaData().size();
                count++;
            }
        }
        double wall = seconds(System.nanoTime() - began);
        check(count == expected, "read " + count + " events, expected " + expected + " (" + check + ")");
        return new double[]{count / wall, count};
    }

    private static Recording startRecording() throws Exception {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    // ---------------------------------------------------------------- plumbing

    record Stats(int runs, double median, double min, double max) {
        @Override
        public String toString() {
            return "median %.1f ms (min %.1f, max %.1f; %d runs)".formatted(median, min, max, runs);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** One untimed warm-up run (at least), then {@code runs} timed ones. */
    private static Stats time(int runs, Work run) throws Exception {
        for (int i = 0; i < Math.max(1, runs / 5); i++) {
            run.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(millis);
        return new Stats(runs, millis[runs / 2], millis[0], millis[runs - 1]);
    }

    private static final class Http {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        private final String authorization;

        Http(int port, String password) {
            this.base = "http://localhost:" + port;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", authorization).GET().build(), body);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void row(String name, String value) {
        line("| " + name + " | " + value.replace("|", "\\|") + " |");
    }

    private static void line(String text) {
        REPORT.append(text).append('\n');
        System.out.println(text);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("failed: " + what);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
