package org.fundtrail.audit.exceptions;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.ok;

/**
 * The exception report over HTTP, on facts made through the API: a back-dated donation, a reversal and a fund below
 * its Tianjin floor on the charity side; a Panjin-like contract whose clawback is overdue and another past its end
 * date with money held on the public side. Ids are unique: the database is shared with every other integration test.
 */
class AuditExceptionsIntegrationTest extends IntegrationTest {

    @Test
    void whatTheAuditorMustLookAtIsInTheReportWithItsAmount() throws InterruptedException {
        LocalDate today = LocalDate.now();

        // ---- charity side: a donation recorded 60 days after it took effect, a reversal, a floor not reached --------
        String fund = openFund(registerCharity());
        String late = unique("d-late");
        Answer recorded = post("/api/funds/" + fund + "/donations", """
                {"id":"%s","donor":{"kind":"INDIVIDUAL","name":"李四","contact":"13900000000","anonymous":false,
                 "consentToPublishName":false},"channel":"BANK","amount":"500.00","effectiveDate":"%s"}"""
                .formatted(late, today.minusDays(60)));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String reversedDonation = unique("d-rev");
        assertThat(donate(fund, reversedDonation, "50.00", null).status()).isEqualTo(201);
        Answer reversed = post("/api/funds/" + fund + "/donations/" + reversedDonation + "/reversal", """
                {"reason":"银行退票"}""");
        assertThat(reversed.status()).as(reversed.body().toString()).isEqualTo(200);
        Answer designated = post("/api/funds/" + fund + "/demonstration-points", """
                {"policyId":"tianjin-2024","rank":1}""");
        assertThat(designated.status()).as(designated.body().toString()).isEqualTo(200);

        // ---- public side: a Panjin-like programme with two contracts --------------------------------------------------
        PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        String city = unique("ax-city");
        String district = unique("ax-district");
        ProgrammeDriver programme = funds.createProgramme("panjin-2023", "盘锦“五社联动”(审计例外测试)",
                unique("ax-treasury"), city, "盘锦市民政局", today.getYear(), today.minusDays(130));
        programme.appropriate("150000.00", today.minusDays(130))
                .allocate(city, district, "双台子区民政局", "150000.00", today.minusDays(120));

        // contract past its end date: 60% paid, 10,000.00 spent; it still holds 40,000 committed + 50,000 disbursed
        ContractDriver ended = programme.contract().fundedBy(district).with(funds.registerOrganisation("盘锦市益民社工中心"))
                .forCommunity("双台子区红旗街道胜利社区", "双台子区", today.getYear()).amount("100000.00")
                .budget("personnel", "60000.00").budget("activities", "40000.00")
                .runs(today.minusDays(110), today.minusDays(10)).signedOn(today.minusDays(110))
                .sign()
                .payTranche(1, today.minusDays(100))
                .spend("personnel", "10000.00", today.minusDays(50));

        // clawback due in the past: 8,000.00 demanded, 3,000.00 repaid, 5,000.00 outstanding
        ContractDriver owing = programme.contract().fundedBy(district).with(funds.registerOrganisation("盘锦市和美社工中心"))
                .forCommunity("双台子区胜利街道民主社区", "双台子区", today.getYear()).amount("50000.00")
                .budget("personnel", "50000.00")
                .runs(today.minusDays(100), today.plusDays(100)).signedOn(today.minusDays(100))
                .sign()
                .payTranche(1, today.minusDays(90));
        String clawback = unique("cb");
        ok(owing.clawback(clawback, "8000.00", "未按计划使用", today.minusDays(5), today.minusDays(20)), 200);
        ok(owing.repay(clawback, "3000.00", today.minusDays(10)), 200);

        for (String projection : new String[]{"journal", "fund-read-model", AuditExceptionsProjection.PROCESSING_GROUP}) {
            assertThat(projections.awaitCaughtUp(projection, Duration.ofSeconds(60)).caughtUp()).as(projection).isTrue();
        }

        // ---- the report, as an auditor sees it ------------------------------------------------------------------------
        String auditor = createUser("AUDITOR", null);
        String staff = createUser("CHARITY_STAFF", registerCharity());
        as(auditor, "correct-horse-battery");
        Answer answer = get("/api/audit/exceptions?asOf=" + today + "&backdatedDays=30");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        JsonNode findings = answer.body().path("findings");
        assertThat(answer.body().path("total").asInt()).isEqualTo(findings.size());

        JsonNode backdated = only(findings, "BACKDATED_ENTRY", "fund:" + fund);
        assertThat(backdated.path("amount").asText()).isEqualTo("500.00");
        assertThat(backdated.path("effectiveDate").asText()).isEqualTo(today.minusDays(60).toString());
        assertThat(backdated.path("detail").asText()).contains("DonationRecorded");
        assertThat(backdated.path("detail_zh").asText()).contains("倒签");

        JsonNode reversal = only(findings, "REVERSAL", "donation:" + reversedDonation);
        assertThat(reversal.path("amount").asText()).isEqualTo("50.00");
        assertThat(reversal.path("detail").asText()).contains("银行退票");

        JsonNode floor = only(findings, "FUND_BELOW_FLOOR", "fund:" + fund);
        // rank 1: a 50,000.00 floor, less the 500.00 raised this year (the reversed 50.00 does not count)
        boolean lateDonationThisYear = today.minusDays(60).getYear() == today.getYear();
        assertThat(floor.path("amount").asText()).isEqualTo(lateDonationThisYear ? "49500.00" : "50000.00");

        JsonNode overdue = only(findings, "OVERDUE_CLAWBACK", "contract:" + owing.id());
        assertThat(overdue.path("amount").asText()).isEqualTo("5000.00");
        assertThat(overdue.path("reference").asText()).isEqualTo(clawback);
        assertThat(overdue.path("severity").asText()).isEqualTo("HIGH");
        assertThat(overdue.path("effectiveDate").asText()).isEqualTo(today.minusDays(5).toString());

        JsonNode pastEnd = only(findings, "CONTRACT_PAST_END_WITH_MONEY", "contract:" + ended.id());
        assertThat(pastEnd.path("amount").asText()).isEqualTo("90000.00");
        assertThat(pastEnd.path("amount").asText()).as("the journal agrees")
                .isEqualTo(PublicFundsDriver.sum(List.of(funds.journalBalance("contract:" + ended.id() + ":committed"),
                        funds.journalBalance("contract:" + ended.id() + ":disbursed"),
                        funds.journalBalance("contract:" + ended.id() + ":clawback-due"))));

        // what the API cannot produce, it does not report: the tranches were paid on their condition, in allowed categories
        assertThat(matching(findings, "TRANCHE_PAID_WITHOUT_CONDITION", "contract:" + ended.id())).isEmpty();
        assertThat(matching(findings, "TRANCHE_PAID_WITHOUT_CONDITION", "contract:" + owing.id())).isEmpty();
        assertThat(matching(findings, "FORBIDDEN_CATEGORY_EXPENDITURE", "contract:" + ended.id())).isEmpty();
        // the running contract is not past its end; the donation that stands is not a reversal
        assertThat(matching(findings, "CONTRACT_PAST_END_WITH_MONEY", "contract:" + owing.id())).isEmpty();
        assertThat(matching(findings, "REVERSAL", "donation:" + late)).isEmpty();

        // a wider threshold and a kind filter: the 60-day-late donation is no longer back-dated enough
        Answer narrow = get("/api/audit/exceptions?asOf=" + today + "&backdatedDays=90&kind=BACKDATED_ENTRY,REVERSAL");
        assertThat(narrow.status()).isEqualTo(200);
        assertThat(matching(narrow.body().path("findings"), "BACKDATED_ENTRY", "fund:" + fund)).isEmpty();
        assertThat(matching(narrow.body().path("findings"), "REVERSAL", "donation:" + reversedDonation)).hasSize(1);
        assertThat(narrow.body().path("findings").findValuesAsText("kind")).containsOnly("BACKDATED_ENTRY", "REVERSAL");

        // before the clawback fell due, it was not overdue; before the contract ended, it was not past its end
        Answer earlier = get("/api/audit/exceptions?asOf=" + today.minusDays(7));
        assertThat(matching(earlier.body().path("findings"), "OVERDUE_CLAWBACK", "contract:" + owing.id())).isEmpty();
        assertThat(matching(earlier.body().path("findings"), "CONTRACT_PAST_END_WITH_MONEY", "contract:" + ended.id())).hasSize(1);
        Answer beforeEnd = get("/api/audit/exceptions?asOf=" + today.minusDays(10) + "&kind=CONTRACT_PAST_END_WITH_MONEY");
        assertThat(matching(beforeEnd.body().path("findings"), "CONTRACT_PAST_END_WITH_MONEY", "contract:" + ended.id())).isEmpty();

        assertThat(get("/api/audit/exceptions?backdatedDays=-1").status()).isEqualTo(400);
        as(staff, "correct-horse-battery");
        assertThat(get("/api/audit/exceptions").status()).isEqualTo(403);
    }

    private static List<JsonNode> matching(JsonNode findings, String kind, String subject) {
        List<JsonNode> found = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("kind").asText().equals(kind) && f.path("subject").asText().equals(subject)) {
                found.add(f);
            }
        });
        return found;
    }

    private static JsonNode only(JsonNode findings, String kind, String subject) {
        List<JsonNode> found = matching(findings, kind, subject);
        assertThat(found).as("%s of %s in %s", kind, subject, findings).hasSize(1);
        return found.get(0);
    }
}
