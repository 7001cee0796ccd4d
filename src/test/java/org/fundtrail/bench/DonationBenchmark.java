package org.fundtrail.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.fundtrail.FundtrailApplication;
import org.fundtrail.organisation.api.CreditCode;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Donation throughput through the HTTP API, measured against raw PostgreSQL in the same run on the same database.
 * <p>
 * A {@code main} program, not a test ({@code ./mvnw verify} does not run it). It starts the application in-process
 * on a throw-away embedded PostgreSQL (durable by default), sets up charities and funds through the API, warms up,
 * then lets {@code threads} HTTP clients record {@code N} cash donations round-robin over the funds. It reports
 * donations/s and latency percentiles, how long the journal (and the fund read model) take to catch up after the
 * last answer, checks the journal to the fen, and then measures single-row INSERT+COMMIT from the same number of
 * threads on the same database. The ratio of the two is the figure to compare between machines and runs: this
 * machine is shared, and absolute numbers move with whatever else is running.
 * <p>
 * Run it (see docs/benchmarks.md):
 * <pre>
 * ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.fundtrail.bench.DonationBenchmark -Dexec.classpathScope=test -Dexec.args="20000"
 * </pre>
 * Arguments: {@code [N] [--warmup=2000] [--threads=16] [--funds=100] [--charities=10] [--durable=true|false]
 * [--raw-seconds=20 | --raw-rows=N] [--waits] [--db-stats=true|false] [--jfr=file.jfr] [--out=file.md] [--label=text]
 * [--app.some.property=value ...]}.
 * {@code --waits} samples what PostgreSQL backends wait on during the measured phase; {@code --jfr} records a
 * Java Flight Recorder profile of it; {@code --db-stats} (on by default; waits 2 x 11 s) reports PostgreSQL's
 * transactions, rows and WAL bytes per donation; {@code --app.x=y} starts the application with {@code --x=y}
 * (experiments with its settings); {@code --out} appends the result block to a file as well as printing it.
 */
public final class DonationBenchmark {

    static final String ADMIN = "admin";

    private DonationBenchmark() {
    }

    record Options(int donations, int warmup, int threads, int funds, int charities, boolean durable, Integer rawRows,
                   int rawSeconds,
                   boolean waits, boolean dbStats, Path jfr, Path out, String label, List<String> appProperties) {

        static Options parse(String[] args) {
            int donations = 20_000;
            int warmup = 2_000;
            int threads = 16;
            int funds = 100;
            int charities = 10;
            boolean durable = true;
            Integer rawRows = null;
            int rawSeconds = 20;
            boolean waits = false;
            boolean dbStats = true;
            Path jfr = null;
            Path out = null;
            String label = "";
            List<String> appProperties = new ArrayList<>();
            for (String arg : args) {
                if (arg.startsWith("--app.")) {
                    appProperties.add("--" + arg.substring("--app.".length()));
                    continue;
                }
                if (!arg.startsWith("--")) {
                    donations = Integer.parseInt(arg.replace("_", ""));
                    continue;
                }
                String[] kv = arg.substring(2).split("=", 2);
                String value = kv.length > 1 ? kv[1] : "true";
                switch (kv[0]) {
                    case "warmup" -> warmup = Integer.parseInt(value);
                    case "threads" -> threads = Integer.parseInt(value);
                    case "funds" -> funds = Integer.parseInt(value);
                    case "charities" -> charities = Integer.parseInt(value);
                    case "durable" -> durable = Boolean.parseBoolean(value);
                    case "raw-rows" -> rawRows = Integer.parseInt(value);
                    case "raw-seconds" -> rawSeconds = Integer.parseInt(value);
                    case "waits" -> waits = Boolean.parseBoolean(value);
                    case "db-stats" -> dbStats = Boolean.parseBoolean(value);
                    case "jfr" -> jfr = Path.of(value);
                    case "out" -> out = Path.of(value);
                    case "label" -> label = value;
                    default -> throw new IllegalArgumentException("unknown option " + arg + "; see the class comment");
                }
            }
            if (donations < 1 || threads < 1 || funds < 1 || charities < 1 || charities > funds || warmup < 0) {
                throw new IllegalArgumentException("need N >= 1, threads >= 1, 1 <= charities <= funds, warmup >= 0");
            }
            return new Options(donations, warmup, threads, funds, charities, durable,
                    rawRows, rawSeconds, waits, dbStats, jfr, out, label,
                    List.copyOf(appProperties));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.setProperty("axoniq.update-checker.disabled", "true");
        String password = randomPassword();
        String loadAtStart = loadAverage();

        long startupBegan = System.nanoTime();
        ConfigurableApplicationContext app = startInProcess(options.durable(), password, options.appProperties());
        double startupSeconds = seconds(System.nanoTime() - startupBegan);
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            DataSource db = app.getBean(DataSource.class);
            Api api = new Api(port, password);
            System.out.printf("Fundtrail started in %.1f s on port %d (durable=%s)%n",
                    startupSeconds, port, options.durable());

            List<String> funds = setUp(api, options.charities(), options.funds());
            long sentFen = 0;

            System.out.printf("Warm-up: %,d donations (not counted)%n", options.warmup());
            Phase warmup = donate(api, options, funds, "w", options.warmup());
            sentFen += warmup.sentFen();
            if (warmup.errors() > 0) {
                throw new IllegalStateException("warm-up had " + warmup.errors() + " errors, e.g. "
                        + warmup.errorSamples());
            }
            long expectedDonations = options.warmup();
            awaitCount(db, "SELECT count(*) FROM posting WHERE code = 'DONATION'", expectedDonations,
                    Duration.ofMinutes(5));

            System.out.printf("Measuring: %,d donations from %d threads over %d funds in %d charities%n",
                    options.donations(), options.threads(), options.funds(), options.charities());
            DbStats dbBefore = options.dbStats() ? DbStats.settledRead(db) : DbStats.read(db);
            WaitSampler sampler = options.waits() ? WaitSampler.start(db) : null;
            Recording recording = options.jfr() == null ? null : startRecording();
            CpuMeter cpu = CpuMeter.start(db);
            Phase measured = donate(api, options, funds, "d", options.donations());
            CpuMeter.Usage cpuUsage = cpu.stop(measured.clientThreadCpuNanos());
            Map<String, Long> waits = sampler == null ? Map.of() : sampler.stop();
            sentFen += measured.sentFen();
            expectedDonations += options.donations();

            CatchUp catchUp = catchUp(db, measured.lastAnswerNanos(), expectedDonations);
            if (recording != null) {
                recording.stop();
                recording.dump(options.jfr());
                recording.close();
                System.out.println("JFR profile of the measured phase: " + options.jfr().toAbsolutePath());
            }
            Exactness exact = verify(db, expectedDonations, sentFen);
            DbStats dbWork = (options.dbStats() ? DbStats.settledRead(db) : DbStats.read(db)).minus(dbBefore);

            Raw raw = rawInserts(db, options.threads(), options.rawRows(), options.rawSeconds());

            String block = report(options, loadAtStart, startupSeconds, measured, catchUp, exact, raw, cpuUsage, waits,
                    options.dbStats() ? dbWork : null, api.firstRequestNanos, db);
            System.out.println();
            System.out.println(block);
            if (options.out() != null) {
                Files.writeString(options.out(), block + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            if (measured.errors() > 0 || !exact.allHold()) {
                throw new IllegalStateException("benchmark failed: " + measured.errors() + " errors "
                        + measured.errorSamples()
                        + "; exactness " + exact);
            }
        } finally {
            app.close();
        }
    }

    /**
     * Starts Fundtrail in this JVM on a throw-away embedded PostgreSQL and a free port, quiet, with an admin of the
     * given password; {@code appProperties} are further {@code --property=value} arguments.
     */
    static ConfigurableApplicationContext startInProcess(boolean durable, String adminPassword, List<String> appProperties) {
        // Passed as command-line arguments, not builder .properties(...): those are Spring's *default* properties,
        // which application.yaml overrides (server.port 8080, durable true).
        List<String> arguments = new ArrayList<>(List.of(
                "--fundtrail.embedded-postgres.ephemeral=true",
                "--fundtrail.embedded-postgres.durable=" + durable,
                "--fundtrail.admin.username=" + ADMIN,
                "--fundtrail.admin.password=" + adminPassword,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.org.fundtrail=WARN",
                "--logging.level.org.springframework.core.annotation=ERROR",
                "--spring.main.banner-mode=off"));
        arguments.addAll(appProperties);
        return new SpringApplicationBuilder(FundtrailApplication.class).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(arguments.toArray(String[]::new));
    }

    /** A password made for this run only. */
    static String randomPassword() {
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    // ---------------------------------------------------------------- set-up through the API

    /** Registers {@code charityCount} charities and opens {@code fundCount} funds over them; returns the fund ids. */
    static List<String> setUp(Api api, int charityCount, int fundCount) throws Exception {
        long began = System.nanoTime();
        List<String> charities = new ArrayList<>();
        for (int c = 1; c <= charityCount; c++) {
            String id = "BENCH-C%03d".formatted(c);
            String first17 = "5311%013d".formatted(c);
            String creditCode = first17 + CreditCode.checkCharacter(first17);
            api.expect(201, api.post("/api/admin/charities", """
                    {"id":"%s","name":"基准测试慈善会 %d","creditCode":"%s"}""".formatted(id, c, creditCode)));
            charities.add(id);
        }
        List<String> funds = new ArrayList<>();
        for (int f = 1; f <= fundCount; f++) {
            String id = "BENCH-F%03d".formatted(f);
            api.expect(201, api.post("/api/funds", """
                    {"id":"%s","charityId":"%s","name":"社区基金 %d","community":"基准社区 %d",
                     "purposes":[{"code":"elderly","name":"助老"},{"code":"education","name":"助学"}],
                     "yearlyTarget":"1000000.00"}""".formatted(id, charities.get((f - 1) % charities.size()), f, f)));
            funds.add(id);
        }
        System.out.printf("Set up %d charities and %d funds through the API in %.1f s%n",
                charities.size(), funds.size(), seconds(System.nanoTime() - began));
        return funds;
    }

    // ---------------------------------------------------------------- donations

    record Phase(int count, long wallNanos, long[] latencyNanos, int errors, List<String> errorSamples, long sentFen,
                 long lastAnswerNanos, long clientThreadCpuNanos, long startNanos, List<String> slowest) {

        double perSecond() {
            return count / seconds(wallNanos);
        }

        double percentileMillis(double p) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latencyNanos.length) - 1;
            return latencyNanos[Math.min(Math.max(rank, 0), latencyNanos.length - 1)] / 1e6;
        }
    }

    /**
     * {@code count} donations from the configured number of threads. Donation i goes to fund i mod funds, so
     * consecutive requests (and the threads) spread evenly over funds and charities. Latencies are kept exactly, one
     * long per request, and sorted at the end: exact percentiles, no histogram library needed.
     */
    private static Phase donate(Api api, Options options, List<String> funds, String prefix, int count)
            throws InterruptedException {
        long[] latency = new long[count];
        long[] startedAt = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(options.threads());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            Thread client = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String fund = funds.get(i % funds.size());
                    long fen = amountFen(i);
                    String purpose = switch (i % 3) {
                        case 0 -> "\"elderly\"";
                        case 1 -> "\"education\"";
                        default -> "null";
                    };
                    String body = """
                            {"id":"bench-%s-%d","donor":{"kind":"INDIVIDUAL","name":"捐赠人 %d","contact":"138%08d",\
                            "anonymous":false,"consentToPublishName":false},"channel":"WECHAT_PAY","amount":"%d.%02d",\
                            "purpose":%s}""".formatted(prefix, i, i, i, fen / 100, fen % 100, purpose);
                    long began = System.nanoTime();
                    int status;
                    String answer;
                    try {
                        HttpResponse<String> response = api.post("/api/funds/" + fund + "/donations", body);
                        status = response.statusCode();
                        answer = response.body();
                    } catch (IOException | InterruptedException e) {
                        status = -1;
                        answer = e.toString();
                    }
                    long ended = System.nanoTime();
                    startedAt[i] = began;
                    latency[i] = ended - began;
                    if (status == 201) {
                        sent.addAndGet(fen);
                        lastAnswer.accumulateAndGet(ended, Math::max);
                    } else {
                        errors.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.add(status + " " + answer);
                        }
                    }
                }
                // counted here: the thread is gone by the time the CPU meter stops
                clientCpu.addAndGet(Math.max(0, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
            }, "bench-client-" + t);
            clients.add(client);
            client.start();
        }
        ready.await();
        long began = System.nanoTime();
        go.countDown();
        for (Thread client : clients) {
            client.join();
        }
        long wall = System.nanoTime() - began;
        List<String> slowest = new ArrayList<>();
        Integer[] order = new Integer[count];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> Long.compare(latency[y], latency[x]));
        for (int k = 0; k < Math.min(5, count); k++) {
            int i = order[k];
            slowest.add("%.0f ms at t=%.1f s".formatted(latency[i] / 1e6, seconds(startedAt[i] - began)));
        }
        Arrays.sort(latency);
        return new Phase(count, wall, latency, errors.get(), List.copyOf(samples), sent.get(), lastAnswer.get(),
                clientCpu.get(), began, List.copyOf(slowest));
    }

    /** 1.00 to 999.99 yuan, varied so that a lost or doubled donation shows in the sum. */
    static long amountFen(int i) {
        return 100 + (i * 7_919L) % 99_900;
    }

    // ---------------------------------------------------------------- projections catching up, exactness

    record CatchUp(double journalSeconds, double readModelSeconds) {
    }

    /** From the last 201 until the journal holds a posting for every donation (and the fund read model a row). */
    private static CatchUp catchUp(DataSource db, long lastAnswerNanos, long expected) throws Exception {
        double journal = -1;
        double readModel = -1;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            while (journal < 0 || readModel < 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("projections did not catch up within 10 minutes");
                }
                if (journal < 0 && single(s, "SELECT count(*) FROM posting WHERE code = 'DONATION'") >= expected) {
                    journal = Math.max(0, seconds(System.nanoTime() - lastAnswerNanos));
                }
                if (readModel < 0 && single(s, "SELECT count(*) FROM donation_view WHERE kind = 'CASH'") >= expected) {
                    readModel = Math.max(0, seconds(System.nanoTime() - lastAnswerNanos));
                }
                Thread.sleep(10);
            }
        }
        return new CatchUp(journal, readModel);
    }

    /**
     * @param receiptsIssued  the sum of the charities' receipt counters
     * @param distinctReceipts distinct receipt numbers on donations; both equal to the donations means every charity's
     *                         numbers run 1..n without a gap or a repeat
     */
    record Exactness(long sentFen, long journalPoolFen, long poolMovementFen, long donationEvents, long postings,
                     long receiptsIssued, long distinctReceipts, long expectedDonations) {

        boolean allHold() {
            return sentFen == journalPoolFen && sentFen == poolMovementFen && donationEvents == expectedDonations
                    && postings == expectedDonations && receiptsIssued == expectedDonations
                    && distinctReceipts == expectedDonations;
        }
    }

    private static Exactness verify(DataSource db, long expectedDonations, long sentFen) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            long journalPool = single(s, """
                    SELECT COALESCE(SUM(CASE WHEN debit_account LIKE 'fund:%' THEN amount ELSE 0 END), 0)
                         - COALESCE(SUM(CASE WHEN credit_account LIKE 'fund:%' THEN amount ELSE 0 END), 0)
                    FROM posting""");
            long movements = single(s, "SELECT COALESCE(SUM(amount), 0) FROM fund_pool_movement");
            long events = single(s, "SELECT count(*) FROM domainevententry"
                    + " WHERE payloadtype = 'org.fundtrail.fund.api.DonationRecorded'");
            long postings = single(s, "SELECT count(*) FROM posting WHERE code = 'DONATION'");
            long receipts = single(s, "SELECT COALESCE(SUM(last_number), 0) FROM receipt_counter");
            long distinct = single(s, "SELECT count(DISTINCT receipt_number) FROM donation_view WHERE kind = 'CASH'");
            return new Exactness(sentFen, journalPool, movements, events, postings, receipts, distinct,
                    expectedDonations);
        }
    }

    // ---------------------------------------------------------------- raw PostgreSQL baseline

    record Raw(int rows, long wallNanos, long walBytes, CpuMeter.Usage cpu) {
        double perSecond() {
            return rows / seconds(wallNanos);
        }
    }

    /**
     * Single-row INSERT, each its own transaction (autocommit), from {@code threads} threads, on the application's
     * own pool and database, in a table made for the purpose and dropped afterwards: {@code rows} rows if given,
     * otherwise as many as fit in {@code seconds} (long enough to average over the noise of a shared machine).
     */
    private static Raw rawInserts(DataSource db, int threads, Integer rows, int seconds) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw");
            s.execute("""
                    CREATE TABLE bench_raw (id BIGSERIAL PRIMARY KEY, worker INT NOT NULL, seq INT NOT NULL,
                                            amount BIGINT NOT NULL, note TEXT NOT NULL)""");
        }
        try {
            rawPhase(db, threads, 2_000, 0); // warm-up
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE bench_raw");
            }
            System.out.printf("Raw baseline: %s of single-row INSERT+COMMIT from %d threads%n",
                    rows == null ? seconds + " s" : "%,d rows".formatted(rows), threads);
            long walBefore = DbStats.read(db).walBytes();
            CpuMeter cpu = CpuMeter.start(db);
            long[] done = rawPhase(db, threads, rows == null ? Integer.MAX_VALUE : rows, rows == null ? seconds : 0);
            CpuMeter.Usage usage = cpu.stop(0);
            long wal = DbStats.read(db).walBytes() - walBefore;
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                long inserted = single(s, "SELECT count(*) FROM bench_raw");
                if (inserted != done[0]) {
                    throw new IllegalStateException("raw baseline inserted " + inserted + " rows, counted " + done[0]);
                }
            }
            return new Raw((int) done[0], done[1], wal, usage);
        } finally {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_raw");
            }
        }
    }

    /** @return rows inserted and wall nanos; stops at {@code rows} or after {@code seconds} (when > 0) */
    private static long[] rawPhase(DataSource db, int threads, int rows, int seconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger inserted = new AtomicInteger();
        AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean failed = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                try (Connection c = db.getConnection()) {
                    c.setAutoCommit(true);
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO bench_raw (worker, seq, amount, note) VALUES (?, ?, ?, ?)")) {
                        ready.countDown();
                        go.await();
                        for (int i = next.getAndIncrement(); i < rows && System.nanoTime() < deadline.get();
                             i = next.getAndIncrement()) {
                            insert.setInt(1, worker);
                            insert.setInt(2, i);
                            insert.setLong(3, amountFen(i));
                            insert.setString(4, "bench-raw-" + i);
                            insert.executeUpdate();
                            inserted.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failed.set(true);
                    e.printStackTrace();
                    ready.countDown();
                }
            }, "bench-raw-" + t);
            workers.add(thread);
            thread.start();
        }
        ready.await();
        long began = System.nanoTime();
        if (seconds > 0) {
            deadline.set(began + Duration.ofSeconds(seconds).toNanos());
        }
        go.countDown();
        for (Thread thread : workers) {
            thread.join();
        }
        long wall = System.nanoTime() - began;
        if (failed.get()) {
            throw new IllegalStateException("raw baseline failed");
        }
        return new long[]{inserted.get(), wall};
    }

    // ---------------------------------------------------------------- where the time goes

    /**
     * Database-wide counters from pg_stat_database and the WAL position. Backends report their counters when they go
     * idle, at the latest 10 s later, so a settled read waits that long first (the WAL position is always exact).
     */
    record DbStats(long commits, long inserted, long updated, long fetched, long walBytes) {

        static DbStats settledRead(DataSource db) throws Exception {
            Thread.sleep(11_000);
            return read(db);
        }

        static DbStats read(DataSource db) throws SQLException {
            try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT xact_commit, tup_inserted, tup_updated, tup_fetched,
                           pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint
                    FROM pg_stat_database WHERE datname = current_database()""")) {
                rs.next();
                return new DbStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }

        DbStats minus(DbStats o) {
            return new DbStats(commits - o.commits, inserted - o.inserted, updated - o.updated, fetched - o.fetched,
                    walBytes - o.walBytes);
        }
    }

    /** Samples, every 100 ms, what the active PostgreSQL backends wait on (CPU when they wait on nothing). */
    static final class WaitSampler {
        private final Thread thread;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Map<String, Long> counts = new TreeMap<>();

        private WaitSampler(DataSource db) {
            thread = new Thread(() -> {
                try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("""
                        SELECT COALESCE(wait_event_type || ':' || wait_event, 'CPU (no wait)'), count(*)
                        FROM pg_stat_activity
                        WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
                        GROUP BY 1""")) {
                    while (running.get()) {
                        try (ResultSet rs = q.executeQuery()) {
                            synchronized (counts) {
                                while (rs.next()) {
                                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                                }
                                counts.merge("(samples)", 1L, Long::sum);
                            }
                        }
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    System.err.println("wait sampler stopped: " + e);
                }
            }, "bench-wait-sampler");
            thread.setDaemon(true);
        }

        static WaitSampler start(DataSource db) {
            WaitSampler sampler = new WaitSampler(db);
            sampler.thread.start();
            return sampler;
        }

        Map<String, Long> stop() throws InterruptedException {
            running.set(false);
            thread.join(2_000);
            synchronized (counts) {
                return new TreeMap<>(counts);
            }
        }
    }

    /** CPU used during a phase: this JVM (server and clients), the PostgreSQL server, and the whole machine. */
    static final class CpuMeter {
        record Usage(double wallSeconds, double jvmSeconds, double postgresSeconds, double machineBusySeconds,
                     double machineTotalSeconds, Map<String, Double> jvmThreads) {
        }

        private final long wallStart = System.nanoTime();
        private final long jvmStart = jvmCpuNanos();
        private final Map<Long, Long> threadStart = threadCpu();
        private final long postmaster;
        private final long postgresStart;
        private final long[] machineStart = machineTicks();

        private CpuMeter(long postmaster) {
            this.postmaster = postmaster;
            this.postgresStart = postgresTicks(postmaster);
        }

        static CpuMeter start(DataSource db) throws SQLException {
            long backend;
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                backend = single(s, "SELECT pg_backend_pid()");
            }
            return new CpuMeter(parentOf(backend));
        }

        /** @param endedThreadsNanos CPU of threads that started and ended during the phase (the clients) */
        Usage stop(long endedThreadsNanos) {
            double wall = seconds(System.nanoTime() - wallStart);
            double jvm = seconds(jvmCpuNanos() - jvmStart);
            double postgres = (postgresTicks(postmaster) - postgresStart) / (double) TICKS;
            long[] machine = machineTicks();
            double busy = (machine[0] - machineStart[0]) / (double) TICKS;
            double total = (machine[1] - machineStart[1]) / (double) TICKS;
            Map<Long, Long> threadEnd = threadCpu();
            Map<String, Double> byGroup = new TreeMap<>();
            double javaThreads = 0;
            var mx = ManagementFactory.getThreadMXBean();
            for (var e : threadEnd.entrySet()) {
                double used = seconds(e.getValue() - threadStart.getOrDefault(e.getKey(), 0L));
                var info = mx.getThreadInfo(e.getKey());
                String name = info == null ? "?" : info.getThreadName();
                byGroup.merge(threadGroup(name), used, Double::sum);
                javaThreads += used;
            }
            byGroup.merge(threadGroup("bench-client-"), seconds(endedThreadsNanos), Double::sum);
            javaThreads += seconds(endedThreadsNanos);
            byGroup.put("JIT compiler, GC and other VM threads", Math.max(0, jvm - javaThreads));
            return new Usage(wall, jvm, postgres, busy, total, byGroup);
        }

        private static String threadGroup(String name) {
            if (name.startsWith("http-nio-")) {
                return "HTTP request threads (Tomcat: security, MVC, Axon command, JDBC)";
            }
            if (name.startsWith("bench-client-") || name.startsWith("HttpClient-")) {
                return "benchmark HTTP clients";
            }
            if (name.startsWith("WorkPackage") || name.startsWith("Coordinator")
                    || name.startsWith("EmbeddedEventStore")) {
                return "event processors (journal, fund read model)";
            }
            return "other Java threads";
        }

        private static Map<Long, Long> threadCpu() {
            var mx = ManagementFactory.getThreadMXBean();
            Map<Long, Long> cpu = new java.util.HashMap<>();
            if (!mx.isThreadCpuTimeSupported()) {
                return cpu;
            }
            for (long id : mx.getAllThreadIds()) {
                long t = mx.getThreadCpuTime(id);
                if (t >= 0) {
                    cpu.put(id, t);
                }
            }
            return cpu;
        }

        private static final long TICKS = 100; // USER_HZ on Linux

        private static long jvmCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return 0;
        }

        /** [busy, total] jiffies over all CPUs, from /proc/stat (0s where there is no /proc). */
        private static long[] machineTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[]{total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[]{0, 0};
            }
        }

        private static long parentOf(long pid) {
            String[] f = procStat(pid);
            return f == null ? -1 : Long.parseLong(f[1]);
        }

        /** utime + stime of the postmaster and all its children (the backends), in jiffies. */
        private static long postgresTicks(long postmaster) {
            if (postmaster <= 0) {
                return 0;
            }
            long sum = 0;
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path dir : (Iterable<Path>) dirs::iterator) {
                    String name = dir.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    long pid = Long.parseLong(name);
                    String[] f = procStat(pid);
                    if (f != null && (pid == postmaster || Long.parseLong(f[1]) == postmaster)) {
                        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return 0;
            }
            return sum;
        }

        /** Fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
        private static String[] procStat(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private static Recording startRecording() throws Exception {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setName("donation-benchmark");
        recording.start();
        return recording;
    }

    // ---------------------------------------------------------------- report

    private static String report(Options o, String loadAtStart, double startupSeconds, Phase m, CatchUp catchUp,
                                 Exactness exact, Raw raw, CpuMeter.Usage cpu, Map<String, Long> waits,
                                 DbStats work, long firstAuthNanos, DataSource db) throws SQLException {
        String postgresVersion;
        String durability;
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT current_setting('server_version'), current_setting('fsync'),
                            current_setting('synchronous_commit'), current_setting('full_page_writes')""")) {
            rs.next();
            postgresVersion = rs.getString(1);
            durability = "fsync=%s, synchronous_commit=%s, full_page_writes=%s"
                    .formatted(rs.getString(2), rs.getString(3), rs.getString(4));
        }
        double ratio = m.perSecond() / raw.perSecond();
        StringBuilder b = new StringBuilder();
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        b.append("#### ").append(now)
                .append(": N=").append(o.donations()).append(", durability ").append(o.durable() ? "on" : "off")
                .append(o.label().isBlank() ? "" : ", " + o.label()).append("\n\n");
        b.append("| | |\n|---|---|\n");
        row(b, "machine", "nproc=" + Runtime.getRuntime().availableProcessors()
                + ", load average at start " + loadAtStart
                + " (shared: other builds may have been running)");
        row(b, "JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        row(b, "PostgreSQL", "embedded " + postgresVersion + ", " + durability + " (read from the server)");
        row(b, "load", "%,d donations (after %,d warm-up), %d client threads, %d funds over %d charities"
                .formatted(o.donations(), o.warmup(), o.threads(), o.funds(), o.charities())
                + (o.appProperties().isEmpty() ? "" : "; application settings " + String.join(" ", o.appProperties())));
        row(b, "**donations/s**", "**%,.0f** (%.1f s wall)".formatted(m.perSecond(), seconds(m.wallNanos())));
        row(b, "latency p50 / p90 / p99 / max", "%.1f / %.1f / %.1f / %.1f ms".formatted(m.percentileMillis(50),
                m.percentileMillis(90), m.percentileMillis(99), m.percentileMillis(100)));
        row(b, "slowest requests", String.join("; ", m.slowest())
                + ("; the API's verified-credentials cache (2 min) was filled at t=%.1f s,"
                + " so BCrypt ran again from t=%.1f s")
                .formatted(seconds(firstAuthNanos - m.startNanos()), seconds(firstAuthNanos - m.startNanos()) + 120));
        row(b, "errors (non-201)", Integer.toString(m.errors()));
        row(b, "journal catch-up after last 201", "%.2f s".formatted(catchUp.journalSeconds()));
        row(b, "fund read model catch-up", "%.2f s".formatted(catchUp.readModelSeconds()));
        row(b, "exactness", (exact.allHold() ? "holds" : "**FAILS**")
                + (": sent %s = journal pools %s = pool movements %s yuan; %,d DonationRecorded events, %,d postings,"
                + " %,d receipt numbers issued, %,d distinct, for %,d donations")
                .formatted(yuan(exact.sentFen()), yuan(exact.journalPoolFen()), yuan(exact.poolMovementFen()),
                        exact.donationEvents(), exact.postings(), exact.receiptsIssued(), exact.distinctReceipts(),
                        exact.expectedDonations()));
        row(b, "raw INSERT+COMMIT/s", ("%,.0f (%,d rows in %.1f s, %d threads, same database; %,.0f WAL bytes per row;"
                + " machine %.0f %% busy; %.3f ms JVM + %.3f ms PostgreSQL CPU per row)")
                .formatted(raw.perSecond(), raw.rows(), seconds(raw.wallNanos()), o.threads(),
                        raw.walBytes() / (double) raw.rows(),
                        100 * raw.cpu().machineBusySeconds() / Math.max(raw.cpu().machineTotalSeconds(), 1e-9),
                        1000 * raw.cpu().jvmSeconds() / raw.rows(), 1000 * raw.cpu().postgresSeconds() / raw.rows()));
        if (work != null) {
            double n = m.count();
            row(b, "database work per donation", ("%.1f transactions (commits, autocommit reads included),"
                    + " %.1f rows inserted, %.1f updated, %.1f fetched by index, %,.0f WAL bytes"
                    + " (request, journal and read model together)")
                    .formatted(work.commits() / n, work.inserted() / n, work.updated() / n, work.fetched() / n,
                            work.walBytes() / n));
        }
        row(b, "**ratio donations / raw**", "**%.1f %%**".formatted(100 * ratio));
        row(b, "CPU during measured phase", ("machine %.0f %% busy of %.1f core-s; this JVM (server + clients)"
                + " %.1f core-s, PostgreSQL %.1f core-s, other %.1f core-s; %.2f ms JVM + %.2f ms PostgreSQL CPU"
                + " per donation")
                .formatted(100 * cpu.machineBusySeconds() / Math.max(cpu.machineTotalSeconds(), 1e-9),
                        cpu.machineTotalSeconds(),
                        cpu.jvmSeconds(), cpu.postgresSeconds(),
                        Math.max(0, cpu.machineBusySeconds() - cpu.jvmSeconds() - cpu.postgresSeconds()),
                        1000 * cpu.jvmSeconds() / m.count(), 1000 * cpu.postgresSeconds() / m.count()));
        StringBuilder threads = new StringBuilder();
        cpu.jvmThreads().entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .forEach(e -> threads.append("%s %.2f; ".formatted(e.getKey(), 1000 * e.getValue() / m.count())));
        row(b, "JVM CPU ms per donation by thread", threads.toString().trim());
        if (!waits.isEmpty()) {
            long samples = waits.getOrDefault("(samples)", 1L);
            StringBuilder w = new StringBuilder("mean active backends by wait: ");
            waits.entrySet().stream().filter(e -> !e.getKey().equals("(samples)"))
                    .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                    .forEach(e -> w.append("%s %.2f; ".formatted(e.getKey(), e.getValue() / (double) samples)));
            row(b, "PostgreSQL waits (sampled)", w.toString().trim());
        }
        row(b, "startup", "%.1f s".formatted(startupSeconds));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    private static String yuan(long fen) {
        return "%,d.%02d".formatted(fen / 100, Math.abs(fen % 100));
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    // ---------------------------------------------------------------- plumbing

    private static void awaitCount(DataSource db, String sql, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            while (single(s, sql) < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out waiting for " + sql + " to reach " + expected);
                }
                Thread.sleep(20);
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** HTTP/1.1 with keep-alive, HTTP Basic as the admin on every request (as an API client would send it). */
    static final class Api {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final String base;
        private final String authorization;
        /** When the first request (and so the first BCrypt check of the admin's password) was sent. */
        final long firstRequestNanos = System.nanoTime();

        Api(int port, String password) {
            this.base = "http://localhost:" + port;
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        void expect(int status, HttpResponse<String> response) {
            if (response.statusCode() != status) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
                        + " (expected " + status + "): " + response.body());
            }
        }
    }
}
