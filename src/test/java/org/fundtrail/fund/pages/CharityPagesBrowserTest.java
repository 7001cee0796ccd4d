package org.fundtrail.fund.pages;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fundtrail.web.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charity staff at work in a real browser: recording cash and goods through the forms, downloading and reading the
 * receipts, a refused form that keeps what was typed, a form sent twice that records once, and the fences between
 * charities.
 */
class CharityPagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String charity;
    private String fund;
    private String staff;

    @BeforeEach
    void aCharityWithAFundAndItsStaff() {
        charity = registerCharity();
        fund = openFund(charity);
        staff = createUser("CHARITY_STAFF", charity);
        awaitProjections(); // the fund list and forms read the fund from its read model
    }

    @Test
    void staffRecordACashAndAnInKindDonationAndReadTheirReceipts() throws Exception {
        signedIn(staff);
        open("/app");
        assertThat(browser.getCurrentUrl()).endsWith("/app/funds");
        assertThat(find("#funds").getText()).contains("友谊路街道社区基金");
        wholePageScreenshot("charity-fund-list");

        find("#funds a").click();
        find("#record-cash").click();
        find("#donorName").sendKeys("李四");
        new Select(find("#purpose")).selectByValue("elderly");
        new Select(find("#channel")).selectByValue("BANK");
        find("#amount").sendKeys("1234.56");
        typeDate("#effectiveDate", "2026-11-20");
        wholePageScreenshot("charity-cash-form");
        save();

        String cashReceipt = receiptNumberIn(notice());
        assertThat(browser.getCurrentUrl()).endsWith("/app/funds/" + fund);
        assertThat(cashReceipt).startsWith(charity + "-2026-");
        String cash = pdfText(find("#notice-receipt").getAttribute("href"));
        assertThat(cash).contains("李四", "1,234.56", "壹仟贰佰叁拾肆元伍角陆分", cashReceipt, "测试慈善会 " + charity,
                creditCodeOf(charity), "限定用途：助老", "2026年11月20日").doesNotContain("作废");

        find("#record-in-kind").click();
        find("#anonymous").click();
        new Select(find("#donorKind")).selectByValue("COMPANY");
        line(0, "大米", "100", "袋", "45.50");
        line(1, "食用油", "3", "桶", "33.33");
        line(2, "棉被", "10", "床", "120");
        submitWith("#add-line");
        assertThat(browser.findElements(By.cssSelector("tr.item-line"))).as("one more blank line").hasSize(4);
        assertThat(find("input[name='items[0].description']").getAttribute("value")).as("typed lines kept").isEqualTo("大米");
        line(3, "口罩", "200", "只", "0.5");
        new Select(find("#valuationBasis")).selectByValue("INVOICE");
        find("#evidence").sendKeys(pngFile().toString());
        wholePageScreenshot("charity-in-kind-form");
        save();

        String goodsReceipt = receiptNumberIn(notice());
        String goods = pdfText(find("#notice-receipt").getAttribute("href"));
        assertThat(goods).contains("匿名", "大米", "食用油", "棉被", "口罩", "4,550.00", "99.99", "1,200.00", "100.00",
                "5,949.99", "伍仟玖佰肆拾玖元玖角玖分", goodsReceipt, "发票金额", creditCodeOf(charity));

        awaitProjections();
        browser.navigate().refresh();
        assertThat(find("#donations").getText()).contains(cashReceipt, goodsReceipt, "李四", "匿名", "1,234.56", "5,949.99");
        assertThat(find("#raised").getText()).isEqualTo("7,184.55");
        assertThat(find(".goods a.evidence").getAttribute("href")).matches(".*/app/evidence/[0-9a-f]{64}");
        wholePageScreenshot("charity-fund-page");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        wholePageScreenshot("charity-fund-page-tablet");
        phoneWidth();
        wholePageScreenshot("charity-fund-page-phone");
    }

    @Test
    void aRefusedCashFormShowsTheRuleNextToTheAmountKeepsWhatWasTypedAndRecordsNothing() {
        signedIn(staff);
        open("/app/funds/" + fund + "/donations/new");
        String formId = find("input[name='id']").getAttribute("value");
        find("#donorName").sendKeys("王五");
        find("#amount").sendKeys("0");
        long events = eventCount();

        save();

        assertThat(find("#amount + .field-error").getText()).as("the broken rule, next to the amount").isNotBlank();
        assertThat(find("#form-refused").isDisplayed()).isTrue();
        assertThat(find("#amount").getAttribute("value")).isEqualTo("0");
        assertThat(find("#donorName").getAttribute("value")).isEqualTo("王五");
        assertThat(find("input[name='id']").getAttribute("value")).as("the same form, the same id").isEqualTo(formId);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(eventsOf("donation:" + formId)).isZero();
        wholePageScreenshot("charity-cash-form-refused");

        find("#amount").clear();
        find("#amount").sendKeys("88.00");
        save();
        assertThat(notice()).contains(charity + "-2026-");
        assertThat(eventsOf("donation:" + formId)).as("corrected and sent again, recorded once").isEqualTo(1);
    }

    @Test
    void aRefusedInKindFormKeepsItsLinesAndLeavesNoFileBehind() throws Exception {
        signedIn(staff);
        open("/app/funds/" + fund + "/in-kind-donations/new");
        String formId = find("input[name='id']").getAttribute("value");
        find("#donorName").sendKeys("某超市");
        line(0, "大米", "100", "袋", "45.50");
        new Select(find("#valuationBasis")).selectByValue("INVOICE");
        Path text = Files.createTempFile("invoice", ".png");
        Files.writeString(text, "not an image at all");
        find("#evidence").sendKeys(text.toString());
        long events = eventCount();
        save();

        assertThat(find("#evidence + .hint + .field-error").getText()).as("the wrong type, next to the file").isNotBlank();
        assertThat(find("input[name='items[0].description']").getAttribute("value")).isEqualTo("大米");

        Path image = pngFile();
        find("input[name='items[0].unitValue']").clear();
        find("input[name='items[0].unitValue']").sendKeys("0");
        find("#evidence").sendKeys(image.toString());
        save();

        assertThat(find("input[name='items[0].unitValue'] + .field-error").getText()).as("the rule, next to the unit value").isNotBlank();
        assertThat(find("input[name='items[0].quantity']").getAttribute("value")).isEqualTo("100");
        wholePageScreenshot("charity-in-kind-form-refused");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(eventsOf("donation:" + formId)).isZero();
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(image)));
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file WHERE sha256 = ?").param(sha256).query(Long.class).single())
                .as("the refused donation's file was not kept").isZero();
    }

    @Test
    void aDonationReversedOnceIsRefusedASecondTimeNextToTheReasonAndItsReceiptIsVoid() throws Exception {
        String donation = unique("d");
        assertThat(donate(fund, donation, "300.00", null).status()).isEqualTo(201);
        awaitProjections();
        signedIn(staff);

        open("/app/funds/" + fund + "/donations/" + donation + "/reversal");
        find("#reason").sendKeys("银行退票");
        wholePageScreenshot("charity-reversal-form");
        save();
        assertThat(notice()).contains("作废");
        assertThat(eventsOf("donation:" + donation)).isEqualTo(2);

        open("/app/funds/" + fund + "/donations/" + donation + "/reversal");
        find("#reason").sendKeys("重复冲销");
        long events = eventCount();
        save();
        assertThat(find("#reason + .field-error").getText()).isNotBlank();
        assertThat(find("#reason").getAttribute("value")).isEqualTo("重复冲销");
        assertThat(eventCount()).isEqualTo(events);
        wholePageScreenshot("charity-reversal-refused");

        String receipt = pdfText("/app/funds/" + fund + "/donations/" + donation + "/receipt.pdf");
        assertThat(receipt).contains("作废", "VOID", "银行退票", "叁佰元整", "张三");
    }

    @Test
    void goodsAreDistributedAndAGrantIsAwardedAndPaidThroughTheForms() {
        assertThat(donate(fund, unique("d"), "1000.00", null).status()).isEqualTo(201);
        String goods = unique("k");
        assertThat(post("/api/funds/" + fund + "/in-kind-donations", """
                {"id":"%s","donor":{"kind":"COMPANY","name":"某超市"},
                 "items":[{"description":"大米","quantity":"100","unit":"袋","unitValue":"45.50"}],
                 "valuationBasis":"INVOICE","evidenceReference":"发票 No.12345","effectiveDate":"2026-11-21"}"""
                .formatted(goods)).status()).isEqualTo(201);
        awaitProjections();
        signedIn(staff);

        open("/app/funds/" + fund + "/in-kind-donations/" + goods + "/disposals/new");
        find("#quantity").sendKeys("30");
        find("#recipient").sendKeys("友谊路 12 户困难老人");
        wholePageScreenshot("charity-disposal-form");
        save();
        notice();

        open("/app/funds/" + fund + "/grants/new");
        find("#granteeName").sendKeys("友谊路社工站");
        find("#granteeCreditCode").sendKeys(creditCode());
        find("#project").sendKeys("助老食堂");
        find("#amount").sendKeys("600.00");
        wholePageScreenshot("charity-grant-form");
        save();
        notice();

        awaitProjections();
        browser.navigate().refresh();
        assertThat(find(".goods table.items").getText()).contains("70");
        find("#grants a.pay").click();
        find("#amount").sendKeys("700.00");
        save();
        assertThat(find("#amount + .field-error").getText()).as("more than was awarded").isNotBlank();
        wholePageScreenshot("charity-payment-refused");
        find("#amount").clear();
        find("#amount").sendKeys("600.00");
        save();
        awaitProjections();
        browser.navigate().refresh();
        assertThat(find("#grants").getText()).contains("助老食堂", "600.00");
        assertThat(browser.findElements(By.cssSelector("#grants a.pay"))).as("paid in full").isEmpty();
        open("/app/funds/" + fund + "?lang=en");
        assertThat(find("#record-cash").getText()).isEqualTo("Record a cash donation");
        wholePageScreenshot("charity-fund-page-en");
        open("/app/funds/" + fund + "?lang=zh-CN");
    }

    @Test
    void aDonationFormSentTwiceWithTheSameHiddenIdRecordsOneDonation() throws Exception {
        signedIn(staff);
        open("/app/funds/" + fund + "/donations/new");
        find("#donorName").sendKeys("赵六");
        find("#amount").sendKeys("66.00");
        Map<String, String> fields = formFields("#cash-form");
        String formId = fields.get("id");

        save();
        HttpResponse<String> again = postForm("/app/funds/" + fund + "/donations/new", fields);
        browser.navigate().back();
        save();

        assertThat(again.statusCode()).as("answered as the first time: back to the fund").isEqualTo(302);
        assertThat(eventsOf("donation:" + formId)).isEqualTo(1);
        awaitProjections();
        assertThat(jdbc.sql("SELECT count(*) FROM donation_view WHERE fund_id = ?").param(fund).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anotherCharitysStaffAreRefusedItsFundFormsAndReceiptsAndAFormWithoutCsrfTokenRecordsNothing() throws Exception {
        String donation = unique("d");
        assertThat(donate(fund, donation, "50.00", null).status()).isEqualTo(201);
        String outsider = createUser("CHARITY_STAFF", registerCharity());
        signedIn(outsider);

        for (String path : List.of("", "/donations/new", "/in-kind-donations/new", "/grants/new",
                "/donations/" + donation + "/reversal", "/in-kind-donations/" + donation + "/disposals/new")) {
            assertThat(fetch("/app/funds/" + fund + path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(fetch("/app/funds/" + fund + "/donations/" + donation + "/receipt.pdf").statusCode()).isEqualTo(403);
        open("/app/funds/" + fund);
        assertThat(pageText()).contains("无权查看");
        open("/app/funds");
        assertThat(pageText()).doesNotContain(fund);

        long events = eventCount();
        open("/app/funds");
        Map<String, String> forged = new LinkedHashMap<>(Map.of("id", unique("d"), "donorName", "伪造", "amount", "5.00",
                "channel", "CASH", "donorKind", "INDIVIDUAL"));
        assertThat(postForm("/app/funds/" + fund + "/donations/new", forged).statusCode()).as("another charity's fund").isEqualTo(403);

        signedIn(staff);
        assertThat(postForm("/app/funds/" + fund + "/donations/new", forged).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(eventsOf("donation:" + forged.get("id"))).isZero();
    }

    @Test
    void theWorkspaceNeedsSigningIn() throws Exception {
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(uri("/app/funds/" + fund)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** The success notice after a form, or the page that came instead (a refused form) as the failure. */
    private String notice() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#notice, #form-refused, .error-page")).isEmpty()
                || d.getTitle().contains("出错") || d.getTitle().contains("无权"));
        List<WebElement> notice = browser.findElements(By.id("notice"));
        assertThat(notice).as("a success notice on %s", pageText()).isNotEmpty();
        return notice.get(0).getText();
    }

    /** Signs in through the form and waits until the workspace answers, so the next page opens in the session. */
    private void signedIn(String user) {
        signIn(user, PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/app"));
    }


    private void save() {
        submitWith("#save");
    }

    /** Clicks a submit button and waits for the page the server answers with. */
    private void submitWith(String button) {
        WebElement clicked = find(button);
        clicked.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(clicked));
    }

    /** A date field takes the date the way its locale shows it; set the value it submits instead. */
    private void typeDate(String css, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), isoDate);
    }

    private void line(int row, String description, String quantity, String unit, String unitValue) {
        find("input[name='items[" + row + "].description']").sendKeys(description);
        find("input[name='items[" + row + "].quantity']").sendKeys(quantity);
        find("input[name='items[" + row + "].unit']").sendKeys(unit);
        find("input[name='items[" + row + "].unitValue']").sendKeys(unitValue);
    }

    private static String receiptNumberIn(String notice) {
        return notice.replaceAll("(?s).*?([A-Za-z0-9-]+-\\d{4}-\\d{6}).*", "$1");
    }

    private String creditCodeOf(String charityId) {
        return jdbc.sql("SELECT credit_code FROM charity_directory WHERE charity_id = ?").param(charityId)
                .query(String.class).single();
    }

    /** What the browser's form would send, read from its fields (the CSRF token and the hidden id included). */
    private Map<String, String> formFields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (WebElement input : find(form).findElements(By.cssSelector("input, select"))) {
            String type = input.getAttribute("type");
            if (("checkbox".equals(type) && !input.isSelected()) || "file".equals(type) || input.getAttribute("name").isEmpty()) {
                continue;
            }
            fields.put(input.getAttribute("name"), input.getAttribute("value"));
        }
        return fields;
    }

    /** Fetches a page of this service in the browser's session (its cookie copied into a plain HTTP request). */
    private HttpResponse<byte[]> fetch(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(inBrowserSession(pathOrUrl).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(inBrowserSession(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }


    private String pdfText(String pathOrUrl) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = fetch(pathOrUrl);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Path pngFile() throws IOException {
        Path file = Files.createTempFile("invoice", ".png");
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, new java.util.Random().nextInt(0xFFFFFF));  // a file no other test stored
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
