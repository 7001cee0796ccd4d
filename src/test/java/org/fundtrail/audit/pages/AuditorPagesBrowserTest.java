package org.fundtrail.audit.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;
import org.fundtrail.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor at work in a real browser: the integrity status on the start page, a donation followed forward to the
 * grant it paid and a tranche back to its appropriation (the same figures as the API's trails, to the fen), a trial
 * balance on both clocks, the exception report, and a CSV download with the browser's session. Only auditors and
 * admins get in.
 */
class AuditorPagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    private PlatformTransactionManager transactions;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAuditorChecksIntegrityAndFollowsADonationToTheGrantItPaidAndATrancheBackToItsAppropriation() {
        // a community fund: two restricted donations, a grant of 800.00 of which 500.00 is paid
        String fund = openFund(registerCharity());
        String first = unique("d");
        Answer donated = donate(fund, first, "600.00", "elderly");
        assertThat(donated.status()).as(donated.body().toString()).isEqualTo(201);
        String receipt = donated.text("receiptNumber");
        assertThat(donate(fund, unique("d"), "400.00", "elderly").status()).isEqualTo(201);
        String grant = unique("g");
        assertThat(post("/api/funds/" + fund + "/grants", """
                {"id":"%s","granteeCreditCode":"%s","granteeName":"友谊路社工站","project":"助老食堂",
                 "pool":"restricted:elderly","amount":"800.00"}""".formatted(grant, creditCode())).status()).isEqualTo(201);
        assertThat(post("/api/funds/" + fund + "/grants/" + grant + "/payments", """
                {"paymentNumber":1,"amount":"500.00"}""").status()).isEqualTo(200);
        // a programme down to a contract with its first tranche paid
        PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        String city = unique("au-city");
        String district = unique("au-district");
        ProgrammeDriver programme = funds.createProgramme("panjin-2023", "2023年盘锦市民政局“五社联动”工作实施方案",
                unique("au-treasury"), city, "盘锦市民政局", 2023, LocalDate.of(2023, 3, 1));
        programme.appropriate("200000.00", LocalDate.of(2023, 3, 1))
                .allocate(city, district, "双台子区民政局", "200000.00", LocalDate.of(2023, 3, 10));
        ContractDriver contract = programme.contract().fundedBy(district)
                .with(funds.registerOrganisation("盘锦市审计示范社会工作服务中心"))
                .forCommunity("双台子区红旗街道胜利社区", "双台子区", 2023).amount("200000.00")
                .budget("personnel", "100000.00").budget("activities", "70000.00").budget("materials", "30000.00")
                .runs(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 4, 1))
                .sign();
        contract.payTranche(1, LocalDate.of(2023, 4, 10));
        awaitProjections();
        JsonNode apiDonation = ok(get("/api/audit/trails/donations/" + first));
        JsonNode apiContract = ok(get("/api/audit/trails/contracts/" + contract.id()));
        ok(get("/api/public/integrity/roots/latest")); // a signed root exists from here on

        String auditor = createUser("AUDITOR", null);
        signIn(auditor, PASSWORD);
        assertThat(browser.getCurrentUrl()).as("an auditor lands on the audit start page").endsWith("/app/audit");
        assertThat(find("#root-size").getText()).matches("[1-9][0-9]*");
        assertThat(find("#root-hash").getText()).matches("[0-9a-f]{64}");
        assertThat(find("#sealed-up-to").getText()).matches("[0-9]+");
        clickAndWaitForNextPage(find("#verify-now"));
        String verdict = find("#integrity-verdict").getText();
        JsonNode status = ok(get("/api/audit/integrity"));
        assertThat(verdict).contains("哈希链已核验至第").contains("未发现断点")
                .contains("第 " + status.path("lastVerification").path("verifiedUpTo").asLong() + " 号事件");
        assertThat(browser.findElements(By.id("integrity-break"))).isEmpty();
        wholePageScreenshot("audit-start");

        // forward from the donation, started from its receipt number: to the grantee, to the fen
        new Select(find("#quick-kind")).selectByValue("receipt");
        find("#quick-id").sendKeys(receipt);
        clickAndWaitForNextPage(find("#quick-trail button[type='submit']"));
        assertThat(find("#subject-title").getText()).isEqualTo("捐赠 " + first);
        assertThat(find("#subject-amount").getAttribute("data-amount")).isEqualTo(apiDonation.path("amount").asText()).isEqualTo("600.00");
        assertThat(find("#subject-amount").getText()).isEqualTo("600.00");
        assertThat(find("#subject-exact").getText()).isEqualTo("逐层相符");
        assertThat(endpointsOnPage("table.subject-sources")).isEqualTo(endpoints(apiDonation.path("sources")));
        assertThat(endpointsOnPage("table.subject-destinations")).isEqualTo(endpoints(apiDonation.path("destinations")))
                .containsValue("500.00");
        WebElement paid = find(".forward li.trail-node[data-code='GRANT_PAID']");
        assertThat(paid.getAttribute("data-amount")).isEqualTo("500.00");
        assertThat(paid.getAttribute("data-status")).isEqualTo("TERMINAL");
        assertThat(paid.findElement(By.cssSelector(".hop .amount")).getText()).isEqualTo("500.00");
        WebElement awarded = find(".forward li.trail-node[data-code='GRANT_AWARDED']");
        assertThat(awarded.getAttribute("data-amount")).isEqualTo("600.00");
        assertThat(awarded.getAttribute("data-account")).isEqualTo("fund:" + fund + ":committed:" + grant);
        wholePageScreenshot("audit-trail-donation");

        // on to the grant's payment: backward, its 500.00 came from this donation's channel
        clickAndWaitForNextPage(paid.findElement(By.cssSelector(".via-link")));
        assertThat(find("#subject-title").getText()).contains("GrantPaid");
        assertThat(endpointsOnPage("table.posting-sources")).isEqualTo(Map.of("donors:wechat-pay SOURCE", "500.00"));
        WebElement fromDonation = find(".backward li.trail-node[data-code='DONATION']");
        assertThat(fromDonation.getAttribute("data-amount")).isEqualTo("500.00");
        wholePageScreenshot("audit-trail-grant-payment");

        // a tranche, backward: committed ← district ← city ← the treasury's appropriation
        open("/app/audit/trails");
        new Select(find("#kind")).selectByValue("contract");
        find("#id").sendKeys(contract.id());
        clickAndWaitForNextPage(find("#follow"));
        assertThat(find("#subject-amount").getAttribute("data-amount")).isEqualTo(apiContract.path("amount").asText()).isEqualTo("120000.00");
        assertThat(find("#subject-amount").getText()).isEqualTo("120,000.00");
        assertThat(endpointsOnPage("table.subject-sources")).isEqualTo(endpoints(apiContract.path("sources")));
        assertThat(endpointsOnPage("table.subject-destinations")).isEqualTo(endpoints(apiContract.path("destinations")));
        WebElement tranche = find("article.trail-event");
        List<String> back = tranche.findElements(By.cssSelector(".backward li.trail-node")).stream()
                .map(node -> node.getAttribute("data-code") + "@" + node.getAttribute("data-account") + " " + node.getAttribute("data-amount"))
                .toList();
        assertThat(back).containsExactly("TRANCHE_PAID@contract:" + contract.id() + ":committed 120000.00",
                "CONTRACT_COMMITMENT@channel:" + programme.id() + ":" + district + " 120000.00",
                "ALLOCATION@channel:" + programme.id() + ":" + city + " 120000.00",
                "APPROPRIATION@treasury:" + programme.treasury() + " 120000.00");
        wholePageScreenshot("audit-trail-contract");
        clickAndWaitForNextPage(tranche.findElement(By.cssSelector(".backward li.trail-node[data-code='APPROPRIATION'] .via-link")));
        assertThat(find("#subject-title").getText()).startsWith("预算下达 " + programme.id() + "/");
        assertThat(find("#subject-amount").getText()).isEqualTo("200,000.00");
        String appropriationId = find("#subject-title").getText().substring(("预算下达 " + programme.id() + "/").length());
        JsonNode apiAppropriation = ok(get("/api/audit/trails/appropriations/" + programme.id() + "/" + appropriationId));
        assertThat(endpointsOnPage("table.subject-destinations")).isEqualTo(endpoints(apiAppropriation.path("destinations")));
        wholePageScreenshot("audit-trail-appropriation");

        // a record nothing was posted for: said so on the form, nothing else
        open("/app/audit/trails?kind=donation&id=no-such-donation");
        assertThat(find("#not-found").getText()).contains("no-such-donation");
        assertThat(browser.findElements(By.id("subject-title"))).isEmpty();

        // the same page in English
        open("/app/audit/trails?kind=contract&id=" + contract.id() + "&lang=en");
        assertThat(find("#subject-title").getText()).isEqualTo("Contract " + contract.id());
        assertThat(pageText()).contains("Where it came from", "Every hop adds up");
        open("/app/audit");
        assertThat(find("#integrity-verdict").getText()).startsWith("The hash chain is verified up to event");
        wholePageScreenshot("audit-start-en");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        open("/app/audit/trails?kind=contract&id=" + contract.id());
        wholePageScreenshot("audit-trail-contract-tablet-en");
        open("/app/audit?lang=zh-CN");
        phoneWidth();
        open("/app/audit/trails?kind=donation&id=" + first);
        wholePageScreenshot("audit-trail-donation-phone");
    }

    @Test
    void aBackDatedDonationCountsUnderItsDateButNotAsTheBooksStoodBeforeItWasRecordedAndDownloadsAsCsv() throws Exception {
        String fund = openFund(registerCharity());
        assertThat(donate(fund, unique("d"), "100.00", null).status()).isEqualTo(201);
        awaitProjections();
        sleep(1200);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        sleep(1200);
        // recorded now, effective a week ago (the helper's effective date is 2026-11-20)
        Answer backDated = donate(fund, unique("d"), "250.00", null);
        assertThat(backDated.status()).isEqualTo(201);
        awaitProjections();
        String pool = "fund:" + fund + ":" + backDated.text("pool");

        signIn(createUser("AUDITOR", null), PASSWORD);
        open("/app/audit/balances");
        assertThat(find("#two-clocks").getText()).contains("业务日期", "记录时间");
        showBalances("2026-11-20", "", "fund:" + fund + ":");
        assertThat(balanceOnPage(pool)).isEqualTo("350.00");
        wholePageScreenshot("audit-balances-now");
        showBalances("2026-11-20", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(before.atZone(BEIJING)), "fund:" + fund + ":");
        assertThat(find("#knownAt").getAttribute("value")).isNotBlank();
        assertThat(balanceOnPage(pool)).as("as the books stood before the back-dated entry was recorded").isEqualTo("100.00");
        screenshot("audit-balances-known-before");
        showBalances("2026-11-19", "", "fund:" + fund + ":");
        assertThat(browser.findElements(By.cssSelector("#trial-balance tbody tr[data-account]"))).isEmpty();

        // the account's page: the balance and its postings, the later one greyed as not counted before it was known
        open("/app/audit/accounts?account=" + URLEncoder.encode(pool, StandardCharsets.UTF_8) + "&asOf=2026-11-20&knownAt="
                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8));
        assertThat(find("#account-balance").getAttribute("data-amount")).isEqualTo("100.00");
        assertThat(browser.findElements(By.cssSelector("#postings tr[data-counted='false']"))).hasSize(1);
        wholePageScreenshot("audit-account");

        // the exception report: the back-dated entry, with the threshold below its seven days
        open("/app/audit/exceptions");
        find("#backdatedDays").clear();
        find("#backdatedDays").sendKeys("3");
        find("input[name='kind'][value='BACKDATED_ENTRY']").click();
        clickAndWaitForNextPage(find("#show-exceptions"));
        assertThat(find("#exceptions-total").getText()).startsWith("截至");
        List<WebElement> findings = browser.findElements(By.cssSelector("#findings tr.finding[data-subject='fund:" + fund + "']"));
        assertThat(findings).hasSize(2);
        assertThat(findings).allSatisfy(row -> assertThat(row.getAttribute("data-kind")).isEqualTo("BACKDATED_ENTRY"));
        assertThat(findings.get(0).getText()).contains("倒签");
        wholePageScreenshot("audit-exceptions");
        // the same findings as CSV, through the page's own download link and the browser's session
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        String exportLink = find("#exceptions-csv").getAttribute("href");
        assertThat(exportLink).contains("kind=BACKDATED_ENTRY").contains("backdatedDays=3");
        try (Reader reader = csvText(download(URI.create(exportLink).getRawPath() + "?" + URI.create(exportLink).getRawQuery(), session));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertThat(parser.getRecords().stream().filter(row -> row.get("对象 / subject").equals("fund:" + fund)))
                    .extracting(row -> row.get("金额 / amount")).containsExactlyInAnyOrder("100.00", "250.00");
        }
        // a finding's reference leads to the trail of the event it names
        WebElement backDatedRow = findings.stream().filter(row -> row.getText().contains("250.00")).findFirst().orElseThrow();
        String backDatedEvent = backDatedRow.findElement(By.cssSelector("td.ref a")).getText();
        clickAndWaitForNextPage(backDatedRow.findElement(By.cssSelector("td.ref a")));
        assertThat(find("article.trail-event").getAttribute("data-event")).isEqualTo(backDatedEvent);
        assertThat(find("article.trail-event .posting").getAttribute("data-code")).isEqualTo("DONATION");
        assertThat(find(".forward li.trail-node").getAttribute("data-amount")).isEqualTo("250.00");
        // with no kind ticked, every kind, and its download too
        open("/app/audit/exceptions");
        assertThat(find("#exceptions-total").getText()).startsWith("截至");
        String allKinds = find("#exceptions-csv").getAttribute("href");
        assertThat(download(URI.create(allKinds).getRawPath() + "?" + URI.create(allKinds).getRawQuery(), session).statusCode()).isEqualTo(200);

        // the trial balance as CSV, downloaded with the browser's session
        HttpResponse<java.io.InputStream> csv = download("/app/audit/exports/trial-balance.csv?asOf=2026-11-20&prefix="
                + URLEncoder.encode("fund:" + fund + ":", StandardCharsets.UTF_8) + "&knownAt="
                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8), session);
        assertThat(csv.statusCode()).isEqualTo(200);
        HttpResponse<java.io.InputStream> xlsx = download("/app/audit/exports/trial-balance.xlsx?asOf=2026-11-20", session);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body().readNBytes(2)).as("a zip (XLSX)").containsExactly('P', 'K');
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("trial-balance_2026-11-20.csv");
        try (Reader reader = csvText(csv);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(parser.getHeaderNames()).contains("科目 / account", "余额 (借正贷负) / balance (debit +, credit −)");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("科目 / account")).isEqualTo(pool);
            assertThat(rows.get(0).get("余额 (借正贷负) / balance (debit +, credit −)")).isEqualTo("100.00");
            assertThat(rows.get(1).get("科目 / account")).isEqualTo("合计 / total");
        }
        HttpResponse<java.io.InputStream> journal = download("/app/audit/exports/journal.csv?account="
                + URLEncoder.encode("fund:" + fund + ":", StandardCharsets.UTF_8), session);
        try (Reader reader = csvText(journal);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertThat(parser.getRecords()).extracting(row -> row.get("金额 (元) / amount (CNY)")).containsExactly("100.00", "250.00");
        }
    }

    @Test
    void anEventEditedBehindTheApplicationsBackIsNamedOnTheStartPage() {
        String fund = openFund(registerCharity());
        record Row(long globalIndex, String eventIdentifier, byte[] payload) {
        }
        Row row = jdbc.sql("SELECT globalindex, eventidentifier, payload FROM domainevententry WHERE aggregateidentifier = ?")
                .param("fund:" + fund).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3))).single();
        PublicFundsDriver.await("the fund's event sealed", Duration.ofSeconds(30), () -> jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM event_seal WHERE event_identifier = ?)").param(row.eventIdentifier())
                .query(Boolean.class).single(), sealed -> sealed);
        signIn(createUser("AUDITOR", null), PASSWORD);
        byte[] altered = java.util.Arrays.copyOf(row.payload(), row.payload().length + 1);
        altered[altered.length - 1] = ' ';
        try {
            overwritePayloadAsSuperuser(row.globalIndex(), altered);
            clickAndWaitForNextPage(find("#verify-now"));
            assertThat(browser.findElements(By.cssSelector("#integrity-verdict"))).isEmpty();
            String named = find("#integrity-break").getText();
            assertThat(named).contains("发现断点：第 " + row.globalIndex() + " 号事件", row.eventIdentifier(), "fund:" + fund,
                    "事件内容与封存时不一致");
            wholePageScreenshot("audit-start-break");
        } finally {
            overwritePayloadAsSuperuser(row.globalIndex(), row.payload());
        }
        clickAndWaitForNextPage(find("#verify-now"));
        assertThat(find("#integrity-verdict").getText()).contains("未发现断点");
        assertThat(browser.findElements(By.id("integrity-break"))).isEmpty();
    }

    /** What a superuser can do: switch the triggers off, edit, switch them on again, all in one transaction. */
    private void overwritePayloadAsSuperuser(long globalIndex, byte[] payload) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE domainevententry DISABLE TRIGGER ALL").update();
            jdbc.sql("UPDATE domainevententry SET payload = ? WHERE globalindex = ?").params(payload, globalIndex).update();
            jdbc.sql("ALTER TABLE domainevententry ENABLE TRIGGER ALL").update();
        });
    }

    @Test
    void aWideTrailShowsItsFirstFiftyLotsAndSaysHowManyMoreTheDownloadHolds() {
        String fund = openFund(registerCharity());
        for (int i = 0; i < 52; i++) {
            assertThat(donate(fund, unique("d"), "1.00", "children").status()).isEqualTo(201);
        }
        String grant = unique("g");
        assertThat(post("/api/funds/" + fund + "/grants", """
                {"id":"%s","granteeCreditCode":"%s","granteeName":"友谊路儿童之家","project":"课后托管",
                 "pool":"restricted:children","amount":"52.00"}""".formatted(grant, creditCode())).status()).isEqualTo(201);
        awaitProjections();
        String account = "fund:" + fund + ":committed:" + grant;
        String award = ok(get("/api/audit/accounts/" + URLEncoder.encode(account, StandardCharsets.UTF_8) + "/postings"))
                .get(0).path("eventId").asText();
        PublicFundsDriver.await("the award's 52 lots in the API's trail", Duration.ofSeconds(30),
                () -> ok(get("/api/audit/trails/events/" + award)).path("postings").get(0).path("backward").path("next").size(),
                lots -> lots == 52);

        signIn(createUser("AUDITOR", null), PASSWORD);
        open("/app/audit/trails?kind=event&id=" + award);
        List<WebElement> lots = browser.findElements(By.cssSelector(".backward ul.trail > li.trail-node > ul > li.trail-node"));
        assertThat(lots).as("lots shown on %s (the API's trail has %s)", browser.getCurrentUrl(),
                        ok(get("/api/audit/trails/events/" + award)).path("postings").get(0).path("backward").path("next").size())
                .hasSize(50).allSatisfy(lot -> assertThat(lot.getAttribute("data-amount")).isEqualTo("1.00"));
        assertThat(find(".backward li.trail-more").getText()).contains("另有 2 项");
        assertThat(endpointsOnPage("table.posting-sources")).isEqualTo(Map.of("donors:wechat-pay SOURCE", "52.00"));
    }

    @Test
    void onlyAuditorsAndAdminsGetIntoTheAuditPagesAndTheirDownloads() throws Exception {
        List<String> paths = List.of("/app/audit", "/app/audit/trails", "/app/audit/balances", "/app/audit/exceptions",
                "/app/audit/accounts?account=donors:wechat-pay", "/app/audit/exports/journal.csv",
                "/app/audit/exports/trial-balance.xlsx", "/app/audit/exports/exceptions.csv");
        for (String path : paths) {
            HttpResponse<java.io.InputStream> answer = download(path, null);
            assertThat(answer.statusCode()).as("anonymous %s", path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        String staff = createUser("CHARITY_STAFF", registerCharity());
        PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        String contractor = funds.contractorOf(funds.registerOrganisation("审计权限测试服务中心")).username();
        for (String user : List.of(staff, contractor)) {
            browser.manage().deleteAllCookies();
            signIn(user, PASSWORD);
            open("/app/audit");
            assertThat(pageText()).as(user).contains("无权查看");
            String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
            for (String path : paths) {
                assertThat(download(path, session).statusCode()).as("%s %s", user, path).isEqualTo(403);
            }
            assertThat(download("/app", session).statusCode()).as("%s is signed in", user).isEqualTo(302);
        }
        screenshot("audit-forbidden");
        signIn(ADMIN, ADMIN_PASSWORD);
        open("/app/audit");
        assertThat(find("#integrity h2").getText()).isEqualTo("事件日志完整性");
    }


    private void showBalances(String asOf, String knownAt, String prefix) {
        WebElement date = find("#asOf");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, asOf);
        find("#knownAt").clear();
        find("#knownAt").sendKeys(knownAt);
        find("#prefix").clear();
        find("#prefix").sendKeys(prefix);
        clickAndWaitForNextPage(find("#show-balances"));
    }

    /** Clicks what leaves the page (a link, a submit button) and waits until the next page has replaced it. */
    private void clickAndWaitForNextPage(WebElement element) {
        WebElement old = find("html");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    private String balanceOnPage(String account) {
        return find("#trial-balance tr[data-account='" + account + "']").getAttribute("data-balance");
    }

    private Map<String, String> endpointsOnPage(String table) {
        Map<String, String> map = new TreeMap<>();
        for (WebElement row : find(table).findElements(By.cssSelector("tr.endpoint"))) {
            map.put(row.getAttribute("data-account") + " " + row.getAttribute("data-status"), row.getAttribute("data-amount"));
            assertThat(row.findElement(By.cssSelector("td.num")).getText().replace(",", "")).isEqualTo(row.getAttribute("data-amount"));
        }
        return map;
    }

    private static Map<String, String> endpoints(JsonNode endpoints) {
        Map<String, String> map = new TreeMap<>();
        endpoints.forEach(e -> map.put(e.path("account").asText() + " " + e.path("status").asText(), e.path("amount").asText()));
        return map;
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as("%s → %s", answer.raw().request().uri(), answer.body()).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<java.io.InputStream> download(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The CSV's text after its byte order mark (EF BB BF), which every export starts with for Excel's sake. */
    private static Reader csvText(HttpResponse<java.io.InputStream> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] bytes = response.body().readAllBytes();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
