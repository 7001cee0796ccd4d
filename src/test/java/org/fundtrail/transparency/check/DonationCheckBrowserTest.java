package org.fundtrail.transparency.check;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.audit.integrity.ProofVerifier;
import org.fundtrail.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A donor checks their gift on /public/check, signed out, and the proof shown there verifies offline. */
class DonationCheckBrowserTest extends BrowserTest {

    @Test
    void aDonorFindsTheirGiftAndItsInclusionProofWithTheReceiptAndTheAmount() {
        String fund = openFund(registerCharity());
        Answer recorded = donate(fund, unique("gift"), "1288.50", "elderly");
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String receipt = recorded.text("receiptNumber");
        awaitProjections();

        open("/public/check");
        find("#receipt").sendKeys(receipt);
        find("#amount").sendKeys("1288.50");
        find("#check").click();
        assertThat(find("#amount-shown").getText()).isEqualTo("¥1,288.50");
        assertThat(pageText()).contains(receipt, "友谊路街道社区基金", "限定用途：助老", "有效")
                .doesNotContain("张三", "13800000000");
        assertThat(browser.findElements(By.cssSelector("#pending, #proof"))).as("pending or proven").hasSize(1);

        awaitProof();
        String eventId = find("#event-id").getText();
        String rootShown = find("#root-hash").getText();
        assertThat(browser.findElements(By.cssSelector("#audit-path li"))).isNotEmpty();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1700));
        screenshot("public-check-donation");

        Answer answer = anonymous(HttpRequest.newBuilder(uri(checkPath(receipt, "1288.50"))).GET());
        assertThat(answer.status()).isEqualTo(200);
        JsonNode donation = answer.body().path("donation");
        assertThat(donation.path("amount").asText()).isEqualTo("1288.50");
        assertThat(donation.path("amountFen").asLong()).isEqualTo(128850);
        assertThat(donation.path("eventIdentifier").asText()).isEqualTo(eventId);
        assertThat(donation.path("inclusion").path("status").asText()).isEqualTo("INCLUDED");
        JsonNode proof = donation.path("inclusion").path("proof");
        assertThat(proof.path("root").path("root").asText()).isEqualTo(rootShown);
        assertThat(answer.body().path("publicKey").asText()).isEqualTo("/api/public/integrity/public-key");
        assertThat(answer.body().toString()).doesNotContain("张三", "13800000000");

        String publicKey = anonymous(HttpRequest.newBuilder(uri("/api/public/integrity/public-key")).GET()).raw().body();
        ProofVerifier.Result verified = ProofVerifier.verify(proof.toString(), publicKey);
        assertThat(verified.verified()).as(String.join("\n", verified.findings())).isTrue();
        assertThat(String.join("\n", verified.findings())).contains("canonical content is event " + eventId);
    }

    @Test
    void aWrongAmountAndAnUnknownReceiptGetTheSameAnswer() {
        String fund = openFund(registerCharity());
        String receipt = donate(fund, unique("gift"), "300.00", null).text("receiptNumber");
        awaitProjections();

        Answer wrongAmount = anonymous(HttpRequest.newBuilder(uri(checkPath(receipt, "300.01"))).GET());
        Answer unknownReceipt = anonymous(HttpRequest.newBuilder(uri(checkPath(receipt + "9", "300.00"))).GET());
        assertThat(wrongAmount.status()).isEqualTo(404);
        assertThat(unknownReceipt.status()).isEqualTo(404);
        assertThat(wrongAmount.raw().body()).isEqualTo(unknownReceipt.raw().body());
        assertThat(anonymous(HttpRequest.newBuilder(uri(checkPath(receipt, "300"))).GET()).status())
                .as("300 and 300.00 are the same amount").isEqualTo(200);

        open(checkPath(receipt, "300.01").replace("/api/public/donations/check", "/public/check"));
        assertThat(find("#not-found").isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("donation"))).isEmpty();
        String wrongAmountPage = find("main").getText();
        open(checkPath(receipt + "9", "300.00").replace("/api/public/donations/check", "/public/check"));
        assertThat(find("main").getText().replace(receipt + "9", receipt)).isEqualTo(wrongAmountPage);

        open("/public/check?receipt=&amount=abc&lang=en");
        assertThat(pageText()).contains("Enter the receipt number", "Enter an amount above zero");
        assertThat(find("#amount").getAttribute("value")).as("what was typed stays").isEqualTo("abc");
        screenshot("public-check-errors-en");
    }

    private void awaitProof() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (browser.findElements(By.id("proof")).isEmpty()) {
            assertThat(Instant.now()).as("a root covering the donation was published").isBefore(deadline);
            assertThat(find("#pending").getText()).contains("下一个签名根");
            sleep();
            browser.navigate().refresh();
        }
    }

    private static String checkPath(String receipt, String amount) {
        return "/api/public/donations/check?receipt=" + URLEncoder.encode(receipt, StandardCharsets.UTF_8)
                + "&amount=" + amount;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
