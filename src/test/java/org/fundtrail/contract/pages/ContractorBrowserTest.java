package org.fundtrail.contract.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.web.BrowserTest;
import org.fundtrail.web.FormSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.unique;

/**
 * A contractor in the workspace: sees its contract and the tranche it received, reports an expenditure with an
 * uploaded PDF and downloads the file back byte for byte; a file that is not a PDF, JPEG or PNG is refused next to
 * the file field and nothing is recorded; a contractor of another organisation sees none of it.
 */
class ContractorBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";

    private ContractDriver contract;
    private String contractor;

    @BeforeEach
    void aContractWithAPaidTranche() {
        PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        String city = unique("br-city");
        String district = unique("br-district");
        PublicFundsDriver.ProgrammeDriver programme = funds.createProgramme("panjin-2023", "2023年盘锦市“五社联动”",
                unique("br-treasury"), city, "盘锦市民政局", 2023, LocalDate.of(2023, 3, 1));
        programme.appropriate("100000.00", LocalDate.of(2023, 3, 1))
                .allocate(city, district, "双台子区民政局", "100000.00", LocalDate.of(2023, 3, 10));
        String organisation = funds.registerOrganisation("盘锦市益民社会工作服务中心");
        contract = programme.contract().fundedBy(district).with(organisation)
                .forCommunity("双台子区红旗街道胜利社区", unique("county"), 2023).amount("100000.00")
                .budget("personnel", "50000.00").budget("activities", "40000.00").budget("materials", "10000.00")
                .runs(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 4, 1))
                .sign()
                .payTranche(1, LocalDate.of(2023, 4, 10));
        contractor = createUser("CONTRACTOR", "organisationId", organisation);
        awaitProjections();
    }

    @Test
    void theContractorReportsAnExpenditureWithItsReceiptAndGetsTheSameFileBack() throws IOException {
        signIn(contractor, PASSWORD);
        assertThat(browser.getCurrentUrl()).as("a contractor starts at its contracts").endsWith("/app/contracts");
        assertThat(find("#contracts").getText()).contains("双台子区红旗街道胜利社区", "100,000.00", "60,000.00");
        screenshot("contractor-contracts");

        find("tr[data-contract='" + contract.id() + "'] a").click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/app/contracts/" + contract.id()));
        assertThat(find("tr[data-tranche='1']").getText()).contains("60,000.00", "已拨付", "2023-04-10");
        assertThat(find("tr[data-tranche='2']").getText()).contains("40,000.00", "中期评估合格后");
        assertThat(find("#money-paid").getText()).isEqualTo("60,000.00");
        assertThat(find("#money-held").getText()).isEqualTo("60,000.00");
        tabletWidth();
        screenshot("contractor-contract-tablet");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        find("#report-expenditure").click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/expenditures/new"));
        byte[] receipt = pdf("receipt 1234.56 " + unique("r"));
        fillExpenditure("activities", "1,234.56", "重阳节敬老活动场地与茶点", file("receipt.pdf", receipt));
        assertThat(find("#amountYuan-error").getText()).as("amounts are yuan with at most two decimals, no separators")
                .contains("1234.56");
        assertThat(find("#amountYuan").getAttribute("value")).as("what was typed is kept").isEqualTo("1,234.56");
        assertThat(find("#description").getAttribute("value")).isEqualTo("重阳节敬老活动场地与茶点");
        assertThat(expenditures()).isEmpty();

        find("#amountYuan").clear();
        find("#amountYuan").sendKeys("1234.56");
        find("#file").sendKeys(file("receipt.pdf", receipt).toString());
        screenshot("contractor-expenditure-form");
        submit();

        assertThat(browser.getCurrentUrl()).as(pageText()).contains("/app/contracts/" + contract.id() + "?reported=");
        assertThat(find("#reported").getText()).contains("支出已报送");
        WebElement row = find("#expenditures tbody tr");
        assertThat(row.getText()).contains("活动经费", "1,234.56", "重阳节敬老活动场地与茶点", "待审核");
        assertThat(find("tr[data-category='activities']").getText()).contains("40,000.00", "1,234.56");
        screenshot("contractor-expenditure-reported");
        open("/app/contracts/" + contract.id() + "?lang=en");
        assertThat(find("#expenditures").getText()).contains("Activities", "1,234.56", "Waiting for review");
        screenshot("contractor-contract-en");
        open("/app/contracts/" + contract.id() + "?lang=zh-CN");

        JsonNode reported = expenditures().get(0);
        assertThat(reported.path("amount").asText()).isEqualTo("1234.56");
        assertThat(reported.path("category").asText()).isEqualTo("activities");
        String reference = reported.path("evidenceReference").asText();
        assertThat(reference).startsWith("sha256:");
        String href = find("#expenditures a.evidence").getAttribute("href");
        assertThat(href).endsWith("/app/evidence/" + reference.substring("sha256:".length()));
        HttpResponse<byte[]> download = downloadWithTheBrowsersSession(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).as("the file comes back byte for byte").isEqualTo(receipt);
    }

    @Test
    void aFileThatIsNotEvidenceIsRefusedNextToTheFileFieldAndNothingIsRecorded() throws IOException {
        signIn(contractor, PASSWORD);
        open("/app/contracts/" + contract.id() + "/expenditures/new");
        long events = eventsOf(contract.id());
        long files = jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single();

        Path renamed = file("invoice.pdf", "这不是发票，只是改了扩展名的文本文件。\n".getBytes(StandardCharsets.UTF_8));
        fillExpenditure("materials", "880.00", "打印纸", renamed);

        assertThat(find("#file-error").getText()).contains("只接受 PDF、JPEG 或 PNG");
        assertThat(find("#form-errors").isDisplayed()).isTrue();
        assertThat(find("#amountYuan").getAttribute("value")).isEqualTo("880.00");
        assertThat(new Select(find("#category")).getFirstSelectedOption().getAttribute("value")).isEqualTo("materials");
        screenshot("contractor-expenditure-wrong-file");
        assertThat(eventsOf(contract.id())).as("no event").isEqualTo(events);
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single()).as("no file").isEqualTo(files);
        assertThat(expenditures()).isEmpty();

        // a budget line the contract does not have is refused by the contract: the PDF stored a moment before goes too
        byte[] receipt = pdf("refused " + unique("x"));
        find("#file").sendKeys(file("receipt.pdf", receipt).toString());
        ((JavascriptExecutor) browser).executeScript(
                "const o = document.createElement('option'); o.value = 'catering'; o.text = 'catering';"
                        + "document.getElementById('category').add(o); document.getElementById('category').value = 'catering';");
        submit();
        assertThat(find("#category-error").getText()).contains("预算科目不在合同或政策规定的科目内");
        assertThat(eventsOf(contract.id())).isEqualTo(events);
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single()).isEqualTo(files);
    }

    @Test
    void theSameFormSentTwiceRecordsOneExpenditure() {
        signIn(contractor, PASSWORD);
        open("/app/contracts/" + contract.id() + "/expenditures/new");
        String requestId = find("#requestId").getAttribute("value");
        String csrf = find("#expenditure-form input[name='_csrf']").getAttribute("value");
        byte[] receipt = pdf("twice " + unique("r"));
        Map<String, String> fields = Map.of("requestId", requestId, "_csrf", csrf, "category", "personnel",
                "amountYuan", "500.00", "description", "社工补贴", "effectiveDate", "2023-05-02");

        HttpResponse<String> first = postMultipartWithTheBrowsersSession("/app/contracts/" + contract.id() + "/expenditures",
                fields, receipt);
        HttpResponse<String> second = postMultipartWithTheBrowsersSession("/app/contracts/" + contract.id() + "/expenditures",
                fields, receipt);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        assertThat(second.statusCode()).as("a resubmission answers as the first did").isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(expenditures()).singleElement().satisfies(e -> {
            assertThat(e.path("id").asText()).isEqualTo(requestId);
            assertThat(e.path("amount").asText()).isEqualTo("500.00");
        });
    }

    @Test
    void aContractorOfAnotherOrganisationSeesNothingOfTheContract() throws IOException {
        FormSession owner = FormSession.signIn(port, contractor, PASSWORD);
        String token = owner.csrfTokenOf("/app/contracts/" + contract.id() + "/expenditures/new");
        assertThat(token).isNotBlank();
        // the owner reports through the API with a stored file, so there is evidence to try to take
        String hex = uploadAndReport(contractor);

        String stranger = createUser("CONTRACTOR", "organisationId",
                new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD).registerOrganisation("另一家社工机构"));
        FormSession other = FormSession.signIn(port, stranger, PASSWORD);
        assertThat(other.get("/app/contracts/" + contract.id()).statusCode()).isEqualTo(403);
        assertThat(other.get("/app/contracts/" + contract.id() + "/expenditures/new").statusCode()).isEqualTo(403);
        assertThat(other.getBytes("/app/evidence/" + hex).statusCode()).isEqualTo(403);
        assertThat(other.get("/app/contracts").body()).doesNotContain(contract.id());
        assertThat(owner.getBytes("/app/evidence/" + hex).statusCode()).isEqualTo(200);

        signIn(stranger, PASSWORD);
        open("/app/contracts/" + contract.id());
        assertThat(pageText()).doesNotContain("双台子区红旗街道胜利社区").doesNotContain("60,000.00");
        screenshot("contractor-other-organisation-403");
    }

    @Test
    void theContractorSeesWhatItOwesOnClawbacksItsReturnsAndEvaluations() {
        contract.spend("personnel", "20000.00", LocalDate.of(2023, 5, 31));
        assertThat(contract.milestone("MIDTERM_EVALUATION", true, LocalDate.of(2023, 7, 15)).status()).isEqualTo(200);
        String clawback = unique("cb");
        assertThat(contract.clawback(clawback, "8000.00", "活动未按计划开展", LocalDate.of(2023, 9, 30),
                LocalDate.of(2023, 8, 1)).status()).isEqualTo(200);
        assertThat(contract.repay(clawback, "3000.00", LocalDate.of(2023, 8, 20)).status()).isEqualTo(200);
        assertThat(contract.returnSurplus("2000.00", LocalDate.of(2023, 8, 25)).status()).isEqualTo(200);
        awaitProjections();

        signIn(contractor, PASSWORD);
        open("/app/contracts/" + contract.id());
        assertThat(find("#money-held").getText()).as("60,000 − 20,000 − 8,000 − 2,000").isEqualTo("30,000.00");
        assertThat(find("#money-owed").getText()).isEqualTo("5,000.00");
        assertThat(find("#money-returned").getText()).isEqualTo("2,000.00");
        assertThat(find("tr[data-clawback='" + clawback + "']").getText())
                .contains("活动未按计划开展", "8,000.00", "3,000.00", "5,000.00", "2023-09-30");
        assertThat(find("#returns").getText()).contains("2023-08-25", "2,000.00");
        // its due date has passed: the clawback watch flags it overdue
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(page -> {
            open("/app/contracts/" + contract.id());
            return find("tr[data-clawback='" + clawback + "']").getText().contains("逾期");
        });
        assertThat(find("#evaluations").getText()).contains("中期评估", "合格", "2023-07-15");
        assertThat(find("tr[data-tranche='2']").getText()).contains("待申请拨付");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
        screenshot("contractor-contract-clawback-return-evaluation");
    }

    @Test
    void officersSeeTheirBureausContractsAndCharityStaffSeeNone() {
        FormSession officer = FormSession.signIn(port, contract.officer().username(), PASSWORD);
        assertThat(officer.get("/app/contracts").body()).contains(contract.id());
        HttpResponse<String> page = officer.get("/app/contracts/" + contract.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("60,000.00").contains("id=\"report-expenditure\"");
        FormSession approver = FormSession.signIn(port, contract.approver().username(), PASSWORD);
        assertThat(approver.get("/app/contracts/" + contract.id()).statusCode()).isEqualTo(200);
        assertThat(approver.get("/app/contracts/" + contract.id()).body()).as("approvers do not report")
                .doesNotContain("report-expenditure");
        assertThat(approver.get("/app/contracts/" + contract.id() + "/expenditures/new").statusCode()).isEqualTo(403);

        String otherBureau = createUser("FINANCE_OFFICER", "bureau", unique("other-bureau"));
        FormSession stranger = FormSession.signIn(port, otherBureau, PASSWORD);
        assertThat(stranger.get("/app/contracts/" + contract.id()).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/app/contracts").body()).doesNotContain(contract.id());

        String staff = createUser("CHARITY_STAFF", registerCharity());
        assertThat(FormSession.signIn(port, staff, PASSWORD).get("/app/contracts").statusCode()).isEqualTo(403);
    }

    // -----------------------------------------------------------------------------------------------------------------

    private void fillExpenditure(String category, String amount, String description, Path evidence) {
        new Select(find("#category")).selectByValue(category);
        find("#amountYuan").clear();
        find("#amountYuan").sendKeys(amount);
        find("#description").clear();
        find("#description").sendKeys(description);
        find("#file").sendKeys(evidence.toString());
        submit();
    }

    /**
     * Sends the form and waits for the answer's page: a click returns before the browser has left the old page, so
     * the old page is marked first and the wait ends when a fully loaded page without the mark is there.
     */
    private void submit() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.documentElement.setAttribute('data-left-behind', '')");
        find("#submit-expenditure").click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(page ->
                Boolean.TRUE.equals(script.executeScript("return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-left-behind')")));
    }

    private void tabletWidth() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
    }

    /** The contract's expenditures as the API reads them (as the admin). */
    private List<JsonNode> expenditures() {
        awaitProjections();
        as(ADMIN, ADMIN_PASSWORD);
        Answer read = get("/api/contracts/" + contract.id());
        assertThat(read.status()).isEqualTo(200);
        List<JsonNode> list = new java.util.ArrayList<>();
        read.body().path("expenditures").forEach(list::add);
        return list;
    }

    /** Uploads a PDF for the contract and reports an expenditure citing it, over the API; returns the file's hash. */
    private String uploadAndReport(String user) throws IOException {
        byte[] bytes = pdf("api " + unique("x"));
        String boundary = "b" + unique("x");
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(head.getBytes(StandardCharsets.US_ASCII));
        body.write(bytes);
        body.write(tail);
        HttpResponse<String> uploaded = http(HttpRequest.newBuilder(uri("/api/evidence?scopeKind=CONTRACT&scopeId=" + contract.id()))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String reference = json.readTree(uploaded.body()).path("reference").asText();
        as(user, PASSWORD);
        Answer report = post("/api/contracts/" + contract.id() + "/expenditures", """
                {"id":"%s","category":"personnel","amount":"300.00","description":"社工补贴",
                 "evidenceReference":"%s","effectiveDate":"2023-05-01"}""".formatted(unique("ex"), reference));
        assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
        as(ADMIN, ADMIN_PASSWORD);
        return reference.substring("sha256:".length());
    }

    /** Posts a form with a file ({@code file}, a PDF) as the browser would, with its session cookie. */
    private HttpResponse<String> postMultipartWithTheBrowsersSession(String path, Map<String, String> fields, byte[] pdf) {
        String boundary = "b" + unique("x");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"receipt.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http(inBrowserSession(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                HttpResponse.BodyHandlers.ofString());
    }


    private HttpResponse<byte[]> downloadWithTheBrowsersSession(String href) {
        return http(inBrowserSession(href).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> http(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HttpClient.newHttpClient().send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A small, well-formed one-page PDF whose text makes its bytes unique to the test. */
    private static byte[] pdf(String text) {
        String ascii = text.codePoints().mapToObj(c -> c < 128 ? String.valueOf((char) c) : "?")
                .collect(java.util.stream.Collectors.joining());
        String stream = "BT /F1 12 Tf 40 780 Td (" + ascii + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append("%010d 00000 n \n".formatted(offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("evidence");
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
