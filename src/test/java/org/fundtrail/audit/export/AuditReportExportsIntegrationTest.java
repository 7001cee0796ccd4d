package org.fundtrail.audit.export;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The exception report and a trail exported as an auditor downloads them: CSV with a BOM, XLSX that opens. */
class AuditReportExportsIntegrationTest extends IntegrationTest {

    @Test
    void theExceptionReportDownloadsAsCsvWithBomListingAReversal() throws Exception {
        String fund = openFund(registerCharity());
        String donation = unique("d");
        donate(fund, donation, "50.00", null);
        assertThat(post("/api/funds/" + fund + "/donations/" + donation + "/reversal", """
                {"reason":"重复入账"}""").status()).isEqualTo(200);
        awaitProjections();
        projections.awaitCaughtUp("audit-exceptions", java.time.Duration.ofSeconds(30));

        byte[] csv = download("/api/audit/exports/exceptions.csv?kind=REVERSAL");

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        var records = TabularExportTest.parse(csv);
        assertThat(records.get(0).get(0)).contains("类别");
        assertThat(records.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet())).containsOnly("REVERSAL");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("50.00");
    }

    @Test
    void aDonationsTrailDownloadsAsXlsxEndingAtTheGrantee() throws Exception {
        String fund = openFund(registerCharity());
        String donation = unique("d");
        donate(fund, donation, "300.00", "elderly");
        String grantee = creditCode();
        String grant = unique("g");
        assertThat(post("/api/funds/" + fund + "/grants", """
                {"id":"%s","granteeCreditCode":"%s","granteeName":"社工站","project":"助老","pool":"restricted:elderly","amount":"300.00"}"""
                .formatted(grant, grantee)).status()).isEqualTo(201);
        assertThat(post("/api/funds/" + fund + "/grants/" + grant + "/payments", """
                {"paymentNumber":1,"amount":"300.00"}""").status()).isEqualTo(200);
        awaitProjections();

        byte[] xlsx = download("/api/audit/exports/trails/donations/" + donation + ".xlsx");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(5)).contains("科目");
            assertThat(rows.stream().skip(1).filter(r -> r.getCellText(5).equals("grantees:" + grantee)
                    && r.getCellText(7).equals("TERMINAL")).map(r -> r.getCellAsNumber(6).orElseThrow().toPlainString()))
                    .containsExactly("300.00");
        }
    }

    private byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }
}
