package org.fundtrail.security;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what, checked through the HTTP API; a refused write leaves no trace in the event store. */
class AccessIntegrationTest extends IntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void charityStaffCannotTouchAnotherCharitysFund() {
        String charityA = registerCharity();
        String charityB = registerCharity();
        String fundB = openFund(charityB);
        String staffA = createUser("CHARITY_STAFF", charityA);
        long events = eventCount();

        as(staffA, PASSWORD);
        Answer donation = donate(fundB, unique("d"), "10.00", null);
        Answer read = get("/api/funds/" + fundB);
        Answer donations = get("/api/funds/" + fundB + "/donations");
        Answer openUnderB = post("/api/funds", """
                {"id":"%s","charityId":"%s","name":"x","community":"y","yearlyTarget":"0.00"}""".formatted(unique("f"), charityB));

        assertThat(donation.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(403);
        assertThat(donations.status()).isEqualTo(403);
        assertThat(openUnderB.status()).isEqualTo(403);
        assertThat(donation.body().toString()).doesNotContain("张三");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(get("/api/funds").body().findValuesAsText("id")).doesNotContain(fundB);
    }

    @Test
    void charityStaffWorkOnTheirOwnCharitysFunds() {
        String charity = registerCharity();
        String staff = createUser("CHARITY_STAFF", charity);

        as(staff, PASSWORD);
        String fund = openFund(charity);
        Answer donation = donate(fund, unique("d"), "10.00", null);

        assertThat(donation.status()).isEqualTo(201);
        awaitProjections();
        assertThat(get("/api/funds").body().findValuesAsText("id")).containsExactly(fund);
    }

    @Test
    void aStaffMemberCannotReachAnotherFundsDonationThroughTheirOwnFund() {
        String charityA = registerCharity();
        String charityB = registerCharity();
        String fundA = openFund(charityA);
        String fundB = openFund(charityB);
        String donationB = unique("d");
        donate(fundB, donationB, "10.00", null);
        String staffA = createUser("CHARITY_STAFF", charityA);

        as(staffA, PASSWORD);
        Answer reversal = post("/api/funds/" + fundA + "/donations/" + donationB + "/reversal", """
                {"reason":"not mine"}""");

        assertThat(reversal.status()).isEqualTo(404);
        assertThat(reversal.text("code")).isEqualTo("RECORD_NOT_IN_FUND");
        assertThat(eventsOf("donation:" + donationB)).isEqualTo(1);
    }

    @Test
    void auditorsReadEverythingAndWriteNothing() {
        String fund = openFund(registerCharity());
        String auditor = createUser("AUDITOR", null);
        long events = eventCount();

        as(auditor, PASSWORD);
        awaitProjections();
        assertThat(get("/api/funds/" + fund).status()).isEqualTo(200);
        assertThat(get("/api/journal/balances").status()).isEqualTo(200);
        Answer write = donate(fund, unique("d"), "10.00", null);

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void nothingIsWrittenWithoutSigningIn() {
        String fund = openFund(registerCharity());
        long events = eventCount();

        Answer answer = anonymous(HttpRequest.newBuilder(uri("/api/funds/" + fund + "/donations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id":"x1","donor":{"kind":"INDIVIDUAL"},"channel":"CASH","amount":"1.00"}""")));
        Answer wrongPassword = anonymous(HttpRequest.newBuilder(uri("/api/funds"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes()))
                .GET());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(anonymous(HttpRequest.newBuilder(uri("/actuator/health")).GET()).status()).isEqualTo(200);
    }

    @Test
    void everyEventRecordsTheActingUserAndTheRequestId() {
        String charity = registerCharity();
        String fund = openFund(charity);
        String staff = createUser("CHARITY_STAFF", charity);
        as(staff, PASSWORD);
        String donation = unique("d");
        Answer answer = donate(fund, donation, "10.00", null);
        String requestId = answer.raw().headers().firstValue("X-Request-Id").orElseThrow();

        String metadata = jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                .param("donation:" + donation).query(String.class).single();

        assertThat(metadata).contains("\"actor\":\"" + staff + "\"").contains("\"role\":\"CHARITY_STAFF\"")
                .contains("\"requestId\":\"" + requestId + "\"");
        awaitProjections();
        assertThat(jdbc.sql("SELECT actor || '/' || request_id FROM posting WHERE event_id = (SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ?)")
                .param("donation:" + donation).query(String.class).single()).isEqualTo(staff + "/" + requestId);
    }

    @Test
    void theFirstStartCreatedTheConfiguredAdmin() {
        assertThat(get("/api/admin/users").body().findValuesAsText("username")).contains(ADMIN);
        as(ADMIN, "not-the-password");
        assertThat(get("/api/admin/users").status()).isEqualTo(401);
    }
}
