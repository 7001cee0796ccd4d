package org.fundtrail.audit.export;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.GarbageCollectorMXBean;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200,000 generated postings exported while the test watches the heap: a sanity check that the export streams
 * (cursor, renderer, response) rather than building the file or the rows in memory. Not a timed test.
 */
class ExportStreamingIntegrationTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ExportStreamingIntegrationTest.class);
    private static final int POSTINGS = 200_000;
    private static final int DEBIT_ACCOUNTS = 100;

    private String prefix;

    @BeforeEach
    void generateThePostings() {
        prefix = "bulk:" + UUID.randomUUID().toString().substring(0, 8) + ":";
        // amounts 1.01 ... 2,001.00 (100 + g fen), effective dates spread over 2026, all recorded now
        int inserted = jdbc.sql("""
                        INSERT INTO posting (event_id, leg, global_index, event_type, debit_account, credit_account,
                                             amount, code, effective_date, recorded_at, reference)
                        SELECT :prefix || g, 1, 6300000000000 + g, 'BulkGenerated', :prefix || 'debit:' || (g % :accounts),
                               :prefix || 'credit', 100 + g, 'BULK', DATE '2026-01-01' + (g % 365), now(), '批量' || g
                          FROM generate_series(1, :n) AS g""")
                .param("prefix", prefix).param("accounts", DEBIT_ACCOUNTS).param("n", POSTINGS)
                .update();
        assertThat(inserted).isEqualTo(POSTINGS);
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM posting WHERE event_type = 'BulkGenerated' AND credit_account = :credit")
                .param("credit", prefix + "credit").update();
    }

    @Test
    void aLargeJournalStreamsAsCsvAndXlsxInFull() throws IOException {
        Path csv = Files.createTempFile("journal", ".csv");
        Path xlsx = Files.createTempFile("journal", ".xlsx");
        try {
            String query = "?account=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);

            Download csvDownload = download("/api/audit/exports/journal.csv" + query, csv);
            long lines;
            try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                lines = reader.lines().count();
            }
            assertThat(lines).isEqualTo(1 + POSTINGS);
            // the data's size: the CSV, a line per posting (the XLSX is compressed, so its own size says less)
            long dataSize = csvDownload.bytes();
            logHeapGrowth("CSV", csvDownload, dataSize);

            Download xlsxDownload = download("/api/audit/exports/journal.xlsx" + query, xlsx);
            long rows;
            BigDecimal lastAmount;
            try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile());
                 Stream<Row> stream = workbook.getFirstSheet().openStream()) {
                AtomicReference<BigDecimal> last = new AtomicReference<>();
                rows = stream.peek(row -> last.set(row.getRowNum() == 1 ? null : row.getCellAsNumber(9).orElse(null))).count();
                lastAmount = last.get();
            }
            assertThat(rows).isEqualTo(1 + POSTINGS);
            assertThat(lastAmount).isEqualTo(new BigDecimal("2001.00"));
            logHeapGrowth("XLSX", xlsxDownload, dataSize);
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(xlsx);
        }
    }

    @Test
    void theTrialBalanceOfTheGeneratedPostingsIsExact() throws IOException {
        Path csv = Files.createTempFile("trial-balance", ".csv");
        try {
            download("/api/audit/exports/trial-balance.csv?asOf=2026-12-31&prefix="
                    + URLEncoder.encode(prefix, StandardCharsets.UTF_8), csv);
            var records = TabularExportTest.parse(Files.readAllBytes(csv));
            // header, 100 debit accounts, the credit account, totals
            assertThat(records).hasSize(1 + DEBIT_ACCOUNTS + 1 + 1);
            // sum of 100 + g fen for g = 1..200,000 = 20,000,000 + 20,000,100,000 fen
            String total = "200201000.00";
            var totals = records.get(records.size() - 1);
            assertThat(totals.toList()).containsExactly("合计 / total", "", total, total, "0.00");
            var credit = records.stream().filter(r -> r.get(0).equals(prefix + "credit")).findFirst().orElseThrow();
            assertThat(credit.get(3)).isEqualTo(total);
            assertThat(credit.get(4)).isEqualTo("-" + total);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private void logHeapGrowth(String format, Download download, long dataSize) {
        long growth = download.peakHeapAfterGc() - download.heapBeforeAfterGc();
        log.info("{} export of {} postings: {} bytes ({} bytes as CSV); live heap grew by at most {} bytes",
                format, POSTINGS, download.bytes(), dataSize, growth);
        // Not asserted: this JVM is shared with every other integration test (processors, the integrity sealer and
        // verifier run concurrently), so its heap says little about the export alone. The audit benchmark measures
        // the export's peak memory on its own; a regression that holds all rows shows there.
    }

    record Download(long bytes, long heapBeforeAfterGc, long peakHeapAfterGc) {
    }

    /**
     * Streams the response to a file, collecting garbage every 2 MiB to see how much the heap really holds. A
     * blocking {@link HttpURLConnection}: reading straight from the socket, it holds no more than its buffer, so what
     * the heap holds is the server's doing (the asynchronous {@code HttpClient} may queue what it has not handed on).
     */
    private Download download(String path, Path target) throws IOException {
        long before = liveHeap();
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpURLConnection connection = (HttpURLConnection) uri(path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Basic " + token);
        connection.setReadTimeout((int) Duration.ofMinutes(5).toMillis());
        assertThat(connection.getResponseCode()).isEqualTo(200);
        long bytes = 0;
        long nextSample = 2L << 20;
        long peak = before;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                bytes += n;
                if (bytes >= nextSample) {
                    peak = Math.max(peak, liveHeap());
                    nextSample += 2L << 20;
                }
            }
        } finally {
            connection.disconnect();
        }
        return new Download(bytes, before, peak);
    }

    /**
     * The heap's live data: a full collection, and the heap pools' usage as that collection left them (its own
     * record, so neither what the exporting thread allocates afterwards nor a young collection since counts).
     */
    private static long liveHeap() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        System.gc();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = collector.getName();
            boolean full = name.contains("Old") || name.contains("MarkSweep") || name.contains("Full");
            if (full && collector instanceof com.sun.management.GarbageCollectorMXBean withInfo
                    && withInfo.getLastGcInfo() != null) {
                return withInfo.getLastGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
