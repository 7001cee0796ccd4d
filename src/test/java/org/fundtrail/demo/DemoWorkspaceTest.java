package org.fundtrail.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile records a small workspace through the API, with a user for every role; each of them signs in and
 * lands on their role's start page with the demo's records on it (the README's "For staff" table).
 */
@ActiveProfiles("demo")
class DemoWorkspaceTest extends BrowserTest {

    @Autowired
    DemoWorkspace demo;

    @Test
    void everyRoleHasADemoUserWhoLandsOnTheirStartPageWithTheDemoRecords() {
        landsOn(DemoUsers.CHARITY_STAFF, "/app/funds", "友谊路街道社区基金");
        landsOn(DemoUsers.OFFICER, "/app/programmes", "2023年盘锦市“五社联动”(演示)");
        landsOn(DemoUsers.APPROVER, "/app/approvals", "红旗街道办事处");
        landsOn(DemoUsers.CONTRACTOR, "/app/contracts", "双台子区红旗街道胜利社区");
        landsOn(DemoUsers.AUDITOR, "/app/audit", "审计工作台");
        landsOn(DemoUsers.CITY_OFFICER, "/app/programmes", "2023年盘锦市“五社联动”(演示)");
        landsOn(DemoUsers.CITY_APPROVER, "/app/approvals", "待我审批");
    }

    @Test
    void theFundHasDonationsAndTheApproverHasAnAllocationWaiting() throws Exception {
        JsonNode donations = json.readTree(get(DemoUsers.CHARITY_STAFF, "/api/funds/" + DemoWorkspace.FUND + "/donations").body());
        assertThat(donations.toString()).contains("demo-donation-1", "demo-donation-3");

        JsonNode programme = json.readTree(get(DemoUsers.APPROVER, "/api/programmes/" + DemoWorkspace.PROGRAMME).body());
        assertThat(programme.toString()).contains("demo-allocation-2");
        assertThat(demo.alreadyRecorded()).as("a second start records nothing again").isTrue();
    }

    private void landsOn(String user, String startPage, String text) {
        browser.manage().deleteAllCookies();
        signIn(user, "demo-password");
        assertThat(browser.getCurrentUrl()).as(user).endsWith(startPage);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(user).contains(text);
        screenshot("demo-" + user);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
