package org.fundtrail.audit.export;

import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.fundtrail.IntegrationTest;
import org.fundtrail.audit.PostingFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal and trial-balance downloads over HTTP, read back with commons-csv and fastexcel-reader. */
class ExportIntegrationTest extends IntegrationTest {

    private static final Instant RECORDED = Instant.parse("2026-03-02T02:00:00Z");

    private PostingFixtures postings;
    private String fund;
    private String pool;
    private String treasury;

    @BeforeEach
    void accounts() {
        postings = new PostingFixtures(jdbc);
        fund = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        pool = "fund:" + fund + ":unrestricted";
        treasury = "treasury:" + fund;
    }

    @AfterEach
    void removeThePostings() {
        postings.removeAll();
    }

    private void postThree() {
        postings.post(pool, treasury, "1234.50", "2026-03-01", RECORDED, "APPROPRIATION", "拨款第一笔");
        postings.post(treasury, pool, "0.05", "2026-03-15", RECORDED.plusSeconds(60), "RETURN_TO_TREASURY", "退回");
        postings.post(pool, treasury, "99999999.99", "2026-04-01", RECORDED.plusSeconds(120), "APPROPRIATION", null);
    }

    @Test
    void theJournalAsCsvHasABomAndRoundTripsWithTheChineseTextIntact() throws IOException {
        postThree();
        as(createUser("AUDITOR", null), "correct-horse-battery");

        HttpResponse<byte[]> response = download("/api/audit/exports/journal.csv?account=" + encode("fund:" + fund));

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"journal.csv\"");
        byte[] body = response.body();
        assertThat(new byte[]{body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = TabularExportTest.parse(body);
        assertThat(records.get(0).toList()).containsExactly("全局序号 / global index", "事件编号 / event id",
                "分录行 / leg", "记账日期 / effective date", "记录时间 (UTC) / recorded at (UTC)", "事件类型 / event type",
                "业务代码 / code", "借方科目 / debit account", "贷方科目 / credit account", "金额 (元) / amount (CNY)",
                "参考号 / reference", "操作人 / actor", "请求编号 / request id");
        assertThat(records).hasSize(4);
        CSVRecord first = records.get(1);
        assertThat(first.get(2)).isEqualTo("1");
        assertThat(first.get(3)).isEqualTo("2026-03-01");
        assertThat(first.get(4)).isEqualTo("2026-03-02T02:00:00Z");
        assertThat(first.get(7)).isEqualTo(pool);
        assertThat(first.get(8)).isEqualTo(treasury);
        assertThat(first.get(9)).isEqualTo("1234.50");
        assertThat(first.get(10)).isEqualTo("拨款第一笔");
        assertThat(records.get(2).get(9)).isEqualTo("0.05");
        assertThat(records.get(2).get(10)).isEqualTo("退回");
        assertThat(records.get(3).get(9)).isEqualTo("99999999.99");
        assertThat(records.get(3).get(10)).isEmpty();
        // recording order
        assertThat(Long.parseLong(records.get(1).get(0))).isLessThan(Long.parseLong(records.get(2).get(0)));

        List<CSVRecord> march = TabularExportTest.parse(download("/api/audit/exports/journal.csv?account="
                + encode("fund:" + fund) + "&from=2026-03-01&to=2026-03-31").body());
        assertThat(march).hasSize(3);
        List<CSVRecord> knownThen = TabularExportTest.parse(download("/api/audit/exports/journal.csv?account="
                + encode("fund:" + fund) + "&knownAt=2026-03-02T02:00:30Z").body());
        assertThat(knownThen).hasSize(2);
    }

    @Test
    void theJournalAsXlsxReadsBackWithTheRightRowsAndNumericAmounts() throws IOException {
        postThree();

        HttpResponse<byte[]> response = download("/api/audit/exports/journal.xlsx?account=" + encode("fund:" + fund)
                + "&from=2026-01-01&to=2026-12-31");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"journal_2026-01-01_2026-12-31.xlsx\"");
        List<Row> rows = readXlsx(response.body());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getCellText(3)).isEqualTo("记账日期 / effective date");
        assertThat(rows.get(1).getCell(9).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(1).getCell(9).asNumber()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(rows.get(1).getCell(9).getDataFormatString()).isEqualTo("0.00");
        assertThat(rows.get(2).getCell(9).asNumber()).isEqualTo(new BigDecimal("0.05"));
        assertThat(rows.get(3).getCell(9).asNumber()).isEqualTo(new BigDecimal("99999999.99"));
        assertThat(rows.get(1).getCell(3).asDate().toLocalDate()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(rows.get(1).getCellText(7)).isEqualTo(pool);
        assertThat(rows.get(1).getCellText(10)).isEqualTo("拨款第一笔");
    }

    @Test
    void theTrialBalanceExportsListTheAccountsAndATotalsRow() throws IOException {
        postThree();
        String query = "?asOf=2026-03-31&knownAt=2026-04-01T00:00:00Z&prefix=" + encode("fund:" + fund);

        HttpResponse<byte[]> csv = download("/api/audit/exports/trial-balance.csv" + query);
        HttpResponse<byte[]> xlsx = download("/api/audit/exports/trial-balance.xlsx" + query);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"trial-balance_2026-03-31.csv\"");
        List<CSVRecord> records = TabularExportTest.parse(csv.body());
        assertThat(records.get(0).toList()).containsExactly("科目 / account", "科目类别 / kind", "借方合计 / debits",
                "贷方合计 / credits", "余额 (借正贷负) / balance (debit +, credit −)");
        assertThat(records.get(1).toList()).containsExactly(pool, "fund-pool", "1234.50", "0.05", "1234.45");
        assertThat(records.get(2).toList()).containsExactly("合计 / total", "", "1234.50", "0.05", "1234.45");
        assertThat(records).hasSize(3);

        List<Row> rows = readXlsx(xlsx.body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).getCellText(0)).isEqualTo(pool);
        assertThat(rows.get(1).getCell(4).asNumber()).isEqualTo(new BigDecimal("1234.45"));
        assertThat(rows.get(2).getCellText(0)).isEqualTo("合计 / total");
        assertThat(rows.get(2).getCell(2).asNumber()).isEqualTo(new BigDecimal("1234.50"));

        // the whole ledger as of now: debits = credits in the totals row
        List<CSVRecord> whole = TabularExportTest.parse(download("/api/audit/exports/trial-balance.csv").body());
        CSVRecord total = whole.get(whole.size() - 1);
        assertThat(total.get(0)).isEqualTo("合计 / total");
        assertThat(new BigDecimal(total.get(2))).isEqualByComparingTo(new BigDecimal(total.get(3)));
        assertThat(total.get(4)).isEqualTo("0.00");
    }

    /** A donation through the API, posted by the journal projection, exported like any other entry. */
    @Test
    void aDonationRecordedThroughTheApiExportsAsValidXlsxAndCsv() throws IOException {
        String charity = registerCharity();
        String realFund = openFund(charity);
        Answer donation = donate(realFund, unique("d"), "88.80", "elderly");
        assertThat(donation.status()).as(donation.body().toString()).isEqualTo(201);
        awaitProjections();

        List<Row> journal = readXlsx(download("/api/audit/exports/journal.xlsx?account=" + encode("fund:" + realFund)).body());
        List<Row> trial = readXlsx(download("/api/audit/exports/trial-balance.xlsx?prefix=" + encode("fund:" + realFund)).body());
        List<CSVRecord> csv = TabularExportTest.parse(download("/api/audit/exports/journal.csv?account=" + encode("fund:" + realFund)).body());

        assertThat(journal).hasSize(2);
        assertThat(journal.get(1).getCellText(5)).isEqualTo("DonationRecorded");
        assertThat(journal.get(1).getCellText(6)).isEqualTo("DONATION");
        assertThat(journal.get(1).getCellText(7)).isEqualTo("fund:" + realFund + ":restricted:elderly");
        assertThat(journal.get(1).getCell(9).asNumber()).isEqualTo(new BigDecimal("88.80"));
        assertThat(journal.get(1).getCellText(11)).isEqualTo(ADMIN);
        assertThat(trial).hasSize(3);
        assertThat(trial.get(1).getCellText(1)).isEqualTo("fund-pool");
        assertThat(trial.get(1).getCell(4).asNumber()).isEqualTo(new BigDecimal("88.80"));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).get(9)).isEqualTo("88.80");
    }

    @Test
    void badFiltersAreA400BeforeAnythingIsStreamedAndStrangersGetNothing() {
        Answer reversed = get("/api/audit/exports/journal.csv?from=2026-04-01&to=2026-03-01");
        Answer badKnownAt = get("/api/audit/exports/trial-balance.xlsx?knownAt=soon");

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.text("code")).isEqualTo("INVALID_VALUE");
        assertThat(badKnownAt.status()).isEqualTo(400);
        assertThat(anonymous(HttpRequest.newBuilder(uri("/api/audit/exports/journal.csv")).GET()).status()).isEqualTo(401);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> download(String path) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray());
    }

    <B> HttpResponse<B> send(String path, HttpResponse.BodyHandler<B> handler) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path)).GET().header("Authorization", "Basic " + token)
                .timeout(Duration.ofMinutes(5)).build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Row> readXlsx(byte[] bytes) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }
}
