package org.fundtrail.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Public pages under load while donations are being recorded, and what that load costs the recording.
 * <p>
 * A {@code main} program, not a test. In one JVM it starts Fundtrail on a throw-away embedded PostgreSQL (durable by
 * default), seeds a programme with contracts and a set of community funds through the API, then:
 * <ol>
 *     <li>phase A: {@code threads} clients record cash donations at full speed for {@code seconds}: the baseline
 *     recording rate;</li>
 *     <li>phase B: the same recording while an open-loop generator requests the public pages at {@code rate} per
 *     second on a fixed schedule (request i is due at start + i / rate, the pages taking turns), whether or not
 *     earlier requests have been answered. A page's latency is measured from when it was due, not from when it was
 *     sent, so a stalled server cannot hide its stall by slowing the generator down (coordinated omission).</li>
 * </ol>
 * It reports p50/p99/max per page, the errors (anything but 200, or no answer), and the recording rate of B as a
 * share of A's. Run it (see docs/benchmarks.md):
 * <pre>
 * ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.fundtrail.bench.PublicPagesBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="--seconds=30 --rate=200"
 * </pre>
 * Arguments: {@code [--seconds=30] [--warmup=10] [--rate=200] [--threads=8] [--funds=20] [--contracts=20]
 * [--durable=true|false] [--pages=/public/,/public/contracts/{contract}] [--out=file.md] [--label=text]
 * [--app.some.property=value ...]}; {@code --app.x=y} starts the application with {@code --x=y}.
 * {@code {contract}} in a page path stands for one of the seeded contracts (a different one per request).
 */
public final class PublicPagesBenchmark {

    private static final String ADMIN = DonationBenchmark.ADMIN;

    private PublicPagesBenchmark() {
    }

    record Options(int seconds, int warmup, int rate, int threads, int funds, int contracts, boolean durable,
                   List<String> pages, Path out, String label, List<String> appProperties) {

        static Options parse(String[] args) {
            int seconds = 30;
            int warmup = 10;
            int rate = 200;
            int threads = 8;
            int funds = 20;
            int contracts = 20;
            boolean durable = true;
            List<String> pages = List.of("/public/", "/public/contracts/{contract}");
            Path out = null;
            String label = "";
            List<String> appProperties = new ArrayList<>();
            for (String arg : args) {
                if (arg.startsWith("--app.")) {
                    appProperties.add("--" + arg.substring("--app.".length()));
                    continue;
                }
                String[] kv = arg.replaceFirst("^--", "").split("=", 2);
                String value = kv.length > 1 ? kv[1] : "true";
                switch (kv[0]) {
                    case "seconds" -> seconds = Integer.parseInt(value);
                    case "warmup" -> warmup = Integer.parseInt(value);
                    case "rate" -> rate = Integer.parseInt(value);
                    case "threads" -> threads = Integer.parseInt(value);
                    case "funds" -> funds = Integer.parseInt(value);
                    case "contracts" -> contracts = Integer.parseInt(value);
                    case "durable" -> durable = Boolean.parseBoolean(value);
                    case "pages" -> pages = List.of(value.split(","));
                    case "out" -> out = Path.of(value);
                    case "label" -> label = value;
                    default -> throw new IllegalArgumentException("unknown option " + arg + "; see the class comment");
                }
            }
            if (seconds < 1 || rate < 1 || threads < 1 || funds < 1 || contracts < 1 || pages.isEmpty()) {
                throw new IllegalArgumentException("need seconds, rate, threads, funds, contracts >= 1 and a page");
            }
            return new Options(seconds, warmup, rate, threads, funds, contracts, durable, pages, out, label,
                    List.copyOf(appProperties));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.setProperty("axoniq.update-checker.disabled", "true");
        String password = DonationBenchmark.randomPassword();
        String uptimeAtStart = uptime();

        ConfigurableApplicationContext app = DonationBenchmark.startInProcess(options.durable(), password,
                options.appProperties());
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            DonationBenchmark.Api api = new DonationBenchmark.Api(port, password);
            List<String> funds = DonationBenchmark.setUp(api, Math.min(5, options.funds()), options.funds());
            List<String> contracts = seedContracts(new PublicFundsDriver(port, app.getBean(ObjectMapper.class), ADMIN,
                    password), options.contracts());
            Pages pages = new Pages(port, options.pages(), contracts);
            pages.expectAllAnswer();

            System.out.printf("Warm-up: %d s of donations and pages (not counted)%n", options.warmup());
            Recorder warm = Recorder.start(api, funds, options.threads(), "w");
            pages.load(options.rate(), options.warmup());
            warm.stop();

            System.out.printf("Phase A: donations only, %d s from %d threads%n", options.seconds(), options.threads());
            Recorder alone = Recorder.start(api, funds, options.threads(), "a");
            sleep(Duration.ofSeconds(options.seconds()));
            Recorder.Result a = alone.stop();

            System.out.printf("Phase B: donations and %d page requests/s, %d s%n", options.rate(), options.seconds());
            Recorder loaded = Recorder.start(api, funds, options.threads(), "b");
            List<PageLatencies> b = pages.load(options.rate(), options.seconds());
            Recorder.Result recordedInB = loaded.stop();

            String block = report(options, uptimeAtStart, uptime(), a, recordedInB, b, funds.size(), contracts.size());
            System.out.println();
            System.out.println(block);
            if (options.out() != null) {
                Files.writeString(options.out(), block + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } finally {
            app.close();
        }
    }


    /** A Panjin-style programme with contracts that have a paid tranche and accepted expenditure to show. */
    private static List<String> seedContracts(PublicFundsDriver driver, int count) {
        long began = System.nanoTime();
        ProgrammeDriver programme = driver.createProgramme("panjin-2023", "2023年盘锦市民政局“五社联动”工作实施方案",
                "bench-treasury", "bench-city", "盘锦市民政局", 2023, LocalDate.of(2023, 3, 1));
        String amount = "%d.00".formatted(100_000L * count);
        programme.appropriate(amount, LocalDate.of(2023, 3, 1))
                .allocate("bench-city", "bench-district", "双台子区民政局", amount, LocalDate.of(2023, 3, 10));
        List<String> contracts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String organisation = driver.registerOrganisation("盘锦市社会工作服务中心 " + i);
            ContractDriver contract = programme.contract().fundedBy("bench-district").with(organisation)
                    .forCommunity("双台子区红旗街道社区 " + i, "双台子区", 2023).amount("100000.00")
                    .budget("personnel", "50000.00").budget("activities", "30000.00").budget("materials", "20000.00")
                    .runs(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 4, 1))
                    .sign();
            contract.payTranche(1, LocalDate.of(2023, 4, 10))
                    .spend("personnel", "20000.00", LocalDate.of(2023, 6, 30))
                    .spend("activities", "10000.00", LocalDate.of(2023, 7, 5));
            contracts.add(contract.id());
        }
        System.out.printf("Seeded a programme with %d contracts in %.1f s%n", count, (System.nanoTime() - began) / 1e9);
        return contracts;
    }

    // ---------------------------------------------------------------- recording donations at full speed

    /** Client threads recording cash donations round-robin over the funds until stopped. */
    static final class Recorder {
        record Result(long donations, long errors, double seconds) {
            double perSecond() {
                return donations / seconds;
            }
        }

        private final List<Thread> threads = new ArrayList<>();
        private final AtomicLong recorded = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private volatile boolean stopping;
        private long began;

        static Recorder start(DonationBenchmark.Api api, List<String> funds, int threadCount, String prefix) {
            Recorder recorder = new Recorder();
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < threadCount; t++) {
                Thread client = new Thread(() -> {
                    while (!recorder.stopping) {
                        int i = next.getAndIncrement();
                        long fen = DonationBenchmark.amountFen(i);
                        String body = """
                                {"id":"pages-%s-%d","donor":{"kind":"INDIVIDUAL","name":"捐赠人 %d",\
                                "anonymous":false,"consentToPublishName":false},"channel":"WECHAT_PAY",\
                                "amount":"%d.%02d"}""".formatted(prefix, i, i, fen / 100, fen % 100);
                        try {
                            int status = api.post("/api/funds/" + funds.get(i % funds.size()) + "/donations", body)
                                    .statusCode();
                            (status == 201 ? recorder.recorded : recorder.errors).incrementAndGet();
                        } catch (IOException e) {
                            recorder.errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }, "bench-recorder-" + t);
                recorder.threads.add(client);
            }
            recorder.began = System.nanoTime();
            recorder.threads.forEach(Thread::start);
            return recorder;
        }

        /** Stops the clients; a donation in flight when stopped is still counted (it was recorded in the phase). */
        Result stop() throws InterruptedException {
            stopping = true;
            long ended = System.nanoTime();
            for (Thread thread : threads) {
                thread.join();
            }
            return new Result(recorded.get(), errors.get(), (ended - began) / 1e9);
        }
    }

    // ---------------------------------------------------------------- pages, open loop

    record PageLatencies(String page, long[] latencyNanos, int errors, List<String> errorSamples) {
        double millis(double percentile) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * latencyNanos.length) - 1;
            return latencyNanos[Math.min(Math.max(rank, 0), latencyNanos.length - 1)] / 1e6;
        }
    }

    static final class Pages {
        private final String base;
        private final List<String> pages;
        private final List<String> contracts;
        private final ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bench-page-client");
            thread.setDaemon(true);
            return thread;
        });
        private final HttpClient http;

        Pages(int port, List<String> pages, List<String> contracts) {
            this.base = "http://localhost:" + port;
            this.pages = pages;
            this.contracts = contracts;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(senders)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        private URI uri(long i) {
            String page = pages.get((int) (i % pages.size()));
            String contract = contracts.get((int) ((i / pages.size()) % contracts.size()));
            return URI.create(base + page.replace("{contract}", contract));
        }

        void expectAllAnswer() throws IOException, InterruptedException {
            for (int i = 0; i < pages.size(); i++) {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri(i)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(uri(i) + " answered " + response.statusCode());
                }
            }
        }

        /** {@code rate} requests per second for {@code seconds}, each sent when due, whatever came back before. */
        List<PageLatencies> load(int rate, int seconds) throws InterruptedException {
            int total = rate * seconds;
            long period = TimeUnit.SECONDS.toNanos(1) / rate;
            long[] latency = new long[total];
            Arrays.fill(latency, -1);
            int[] status = new int[total];
            String[] failures = new String[total];
            AtomicInteger answered = new AtomicInteger();
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            for (int i = 0; i < total; i++) {
                long due = start + i * period;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                int request = i;
                http.sendAsync(HttpRequest.newBuilder(uri(i)).timeout(Duration.ofSeconds(30)).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .whenComplete((response, error) -> {
                            latency[request] = System.nanoTime() - due;
                            status[request] = response == null ? -1 : response.statusCode();
                            failures[request] = error == null ? null : error.toString();
                            answered.incrementAndGet();
                        });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (answered.get() < total && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<PageLatencies> result = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                List<Long> times = new ArrayList<>();
                int errors = 0;
                List<String> samples = new ArrayList<>();
                for (int i = p; i < total; i += pages.size()) {
                    if (latency[i] < 0 || status[i] != 200) {
                        errors++;
                        if (samples.size() < 3) {
                            samples.add(latency[i] < 0 ? "no answer" : status[i] + " " + failures[i]);
                        }
                    }
                    if (latency[i] >= 0) {
                        times.add(latency[i]);
                    }
                }
                long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
                result.add(new PageLatencies(pages.get(p), sorted, errors, samples));
            }
            return result;
        }
    }

    // ---------------------------------------------------------------- report

    private static String report(Options o, String uptimeAtStart, String uptimeAtEnd, Recorder.Result a,
                                 Recorder.Result b, List<PageLatencies> pages, int funds, int contracts) {
        StringBuilder out = new StringBuilder();
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        out.append("#### ").append(now).append(": ").append(o.rate()).append(" page requests/s, ")
                .append(o.seconds()).append(" s per phase, durability ").append(o.durable() ? "on" : "off")
                .append(o.label().isBlank() ? "" : ", " + o.label()).append("\n\n| | |\n|---|---|\n");
        row(out, "machine", "nproc=" + Runtime.getRuntime().availableProcessors() + "; `uptime` at start: "
                + uptimeAtStart + "; at end: " + uptimeAtEnd);
        row(out, "data", "%d funds, a programme with %d contracts (a tranche paid, expenditure accepted), %d recording threads"
                .formatted(funds, contracts, o.threads())
                + (o.appProperties().isEmpty() ? "" : "; application settings " + String.join(" ", o.appProperties())));
        row(out, "phase A: donations/s alone", "%,.0f (%,d in %.1f s, %d errors)"
                .formatted(a.perSecond(), a.donations(), a.seconds(), a.errors()));
        row(out, "phase B: donations/s under page load", "%,.0f (%,d in %.1f s, %d errors)"
                .formatted(b.perSecond(), b.donations(), b.seconds(), b.errors()));
        row(out, "**recording rate B / A**", "**%.0f %%**".formatted(100 * b.perSecond() / a.perSecond()));
        for (PageLatencies page : pages) {
            boolean met = page.millis(99) < 100 && page.errors() == 0;
            row(out, "`" + page.page() + "` p50 / p99 / max", "%.1f / **%.1f** / %.1f ms, %,d requests, %d errors%s%s"
                    .formatted(page.millis(50), page.millis(99), page.millis(100), page.latencyNanos().length,
                            page.errors(), page.errorSamples().isEmpty() ? "" : " " + page.errorSamples(),
                            met ? " (p99 < 100 ms: met)" : " (p99 < 100 ms: **not met**)"));
        }
        return out.toString();
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    private static String uptime() {
        try {
            Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
            return text;
        } catch (IOException e) {
            return "n/a";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "n/a";
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
