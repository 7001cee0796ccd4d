package org.fundtrail.audit.trail;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.ok;
import static org.fundtrail.scenario.PublicFundsDriver.sum;

/** Trails over REST, on the journal of the seed scenarios, reconciled with the journal and the statements to the fen. */
class TrailIntegrationTest extends IntegrationTest {

    @Test
    void aRestrictedDonationIsTracedThroughTheGrantToTheGranteeAndWhatIsLeftIsStillHeld() {
        String fund = openFund(registerCharity());
        String first = unique("d");
        String second = unique("d");
        assertThat(donate(fund, first, "600.00", "elderly").status()).isEqualTo(201);
        assertThat(donate(fund, second, "400.00", "elderly").status()).isEqualTo(201);
        String grant = unique("g");
        String grantee = creditCode();
        Answer award = post("/api/funds/" + fund + "/grants", """
                {"id":"%s","granteeCreditCode":"%s","granteeName":"友谊路社工站","project":"助老食堂",
                 "pool":"restricted:elderly","amount":"800.00"}""".formatted(grant, grantee));
        assertThat(award.status()).as(award.body().toString()).isEqualTo(201);
        Answer pay = post("/api/funds/" + fund + "/grants/" + grant + "/payments", """
                {"paymentNumber":1,"amount":"500.00"}""");
        assertThat(pay.status()).as(pay.body().toString()).isEqualTo(200);
        awaitProjections();

        String pool = "fund:" + fund + ":restricted:elderly";
        String committed = "fund:" + fund + ":committed:" + grant;
        JsonNode trail = ok200(get("/api/audit/trails/donations/" + first));
        assertThat(trail.path("amount").asText()).isEqualTo("600.00");
        assertThat(trail.path("exact").asBoolean()).isTrue();
        assertThat(endpoints(trail.path("sources"))).isEqualTo(Map.of("donors:wechat-pay SOURCE", "600.00"));
        // oldest lots first: the first donation paid 600 of the 800 awarded, and the 500 paid comes from it
        assertThat(endpoints(trail.path("destinations"))).isEqualTo(Map.of(
                "grantees:" + grantee + " TERMINAL", "500.00", committed + " HELD", "100.00"));
        JsonNode forward = trail.path("events").get(0).path("postings").get(0).path("forward");
        assertThat(forward.path("account").asText()).isEqualTo(pool);
        assertThat(forward.path("via").path("requestId").asText()).isNotBlank();
        assertThat(forward.path("via").path("actor").asText()).isEqualTo(ADMIN);
        JsonNode awarded = forward.path("next").get(0);
        assertThat(awarded.path("via").path("code").asText()).isEqualTo("GRANT_AWARDED");
        assertThat(awarded.path("account").asText()).isEqualTo(committed);
        assertThat(awarded.path("amount").asText()).isEqualTo("600.00");
        assertThat(awarded.path("next").get(0).path("via").path("code").asText()).isEqualTo("GRANT_PAID");
        assertThat(awarded.path("next").get(0).path("status").asText()).isEqualTo("TERMINAL");

        JsonNode other = ok200(get("/api/audit/trails/donations/" + second));
        assertThat(endpoints(other.path("destinations"))).isEqualTo(Map.of(committed + " HELD", "200.00", pool + " HELD", "200.00"));

        // the payment event, backward: to the first donation only, to the fen
        String paymentEvent = awarded.path("next").get(0).path("via").path("eventId").asText();
        JsonNode payment = ok200(get("/api/audit/trails/events/" + paymentEvent));
        assertThat(payment.path("eventType").asText()).isEqualTo("GrantPaid");
        JsonNode paid = payment.path("postings").get(0);
        assertThat(paid.path("backward").path("next").get(0).path("next").get(0).path("via").path("eventId").asText())
                .isEqualTo(trail.path("events").get(0).path("eventId").asText());
        assertThat(endpoints(paid.path("sources"))).isEqualTo(Map.of("donors:wechat-pay SOURCE", "500.00"));

        // the trails agree with the journal: what is held is the balance
        assertThat(balance(committed)).isEqualTo("300.00");
        assertThat(balance(pool)).isEqualTo("200.00");
        // and every posting of an account, for auditors
        JsonNode postings = ok200(get("/api/audit/accounts/" + enc(committed) + "/postings"));
        assertThat(postings).hasSize(2);
        assertThat(postings.get(1).path("eventId").asText()).isEqualTo(paymentEvent);
        assertThat(get("/api/audit/trails/donations/" + unique("none")).status()).isEqualTo(404);
    }

    @Test
    void aPanjinTrancheGoesBackToTheTreasuryThroughTheDistrictAndForwardToSpendingClawbackAndReturns() {
        PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        String city = unique("tr-city");
        String district = unique("tr-district");
        ProgrammeDriver pj = funds.createProgramme("panjin-2023", "2023年盘锦市民政局“五社联动”工作实施方案",
                unique("tr-treasury"), city, "盘锦市民政局", 2023, LocalDate.of(2023, 3, 1));
        pj.appropriate("200000.00", LocalDate.of(2023, 3, 1))
                .allocate(city, district, "双台子区民政局", "200000.00", LocalDate.of(2023, 3, 10));
        String organisation = funds.registerOrganisation("盘锦市追溯社会工作服务中心");
        ContractDriver contract = pj.contract().fundedBy(district).with(organisation)
                .forCommunity("双台子区红旗街道胜利社区", "双台子区", 2023).amount("200000.00")
                .budget("personnel", "100000.00").budget("activities", "70000.00").budget("materials", "30000.00")
                .runs(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 4, 1))
                .sign();
        contract.payTranche(1, LocalDate.of(2023, 4, 10));
        ok(contract.milestone("MIDTERM_EVALUATION", false, LocalDate.of(2023, 7, 15)), 200);
        contract.spend("personnel", "50000.00", LocalDate.of(2023, 6, 30))
                .spend("activities", "20000.00", LocalDate.of(2023, 7, 5));
        String clawback = unique("cb");
        ok(contract.clawback(clawback, "50000.00", "未使用及不当使用的资金", LocalDate.of(2023, 9, 30), LocalDate.of(2023, 8, 1)), 200);
        ok(contract.repay(clawback, "50000.00", LocalDate.of(2023, 9, 1)), 200);
        ok(contract.terminate("中期评估不合格,终止项目", LocalDate.of(2023, 9, 15)), 200);
        List<JsonNode> returns = pj.awaitReturns("returns of 130,000.00", list -> sum(list.stream()
                .map(r -> r.path("amount").asText()).toList()).equals("130000.00"), Duration.ofSeconds(10));
        for (JsonNode ret : returns) {
            pj.returnToTreasury(ret.path("id").asText(), LocalDate.of(2023, 10, 10), LocalDate.of(2023, 10, 20));
        }
        awaitProjections();

        String treasury = "treasury:" + pj.treasury();
        String spent = "contract:" + contract.id() + ":spent:";
        JsonNode statement = contract.statement();
        JsonNode trail = ok200(get("/api/audit/trails/contracts/" + contract.id()));
        assertThat(trail.path("exact").asBoolean()).isTrue();
        // the tranches: what the statement says was paid, all of it from the treasury
        assertThat(trail.path("amount").asText()).isEqualTo(statement.path("paid").asText()).isEqualTo("120000.00");
        assertThat(endpoints(trail.path("sources"))).isEqualTo(Map.of(treasury + " SOURCE", "120000.00"));
        // forward: spending per category as in the statement, the clawback repaid and returned to the treasury
        Map<String, String> expected = new TreeMap<>();
        statement.path("spentByCategory").fields().forEachRemaining(e -> expected.put(spent + e.getKey() + " TERMINAL", e.getValue().asText()));
        expected.put(treasury + " TERMINAL", statement.path("clawbacks").path("repaid").asText());
        assertThat(endpoints(trail.path("destinations"))).isEqualTo(expected);
        assertThat(expected).containsEntry(spent + "personnel TERMINAL", "50000.00")
                .containsEntry(spent + "activities TERMINAL", "20000.00").containsEntry(treasury + " TERMINAL", "50000.00");

        JsonNode tranche = trail.path("events").get(0).path("postings").get(0);
        List<String> back = new ArrayList<>();
        for (JsonNode node = tranche.path("backward"); !node.isMissingNode(); node = node.path("next").path(0)) {
            back.add(node.path("via").path("code").asText() + "@" + node.path("account").asText());
        }
        assertThat(back).containsExactly("TRANCHE_PAID@contract:" + contract.id() + ":committed",
                "CONTRACT_COMMITMENT@channel:" + pj.id() + ":" + district, "ALLOCATION@channel:" + pj.id() + ":" + city,
                "APPROPRIATION@" + treasury);
        List<String> forwardCodes = new ArrayList<>();
        codes(tranche.path("forward"), forwardCodes);
        assertThat(forwardCodes).contains("EXPENDITURE", "CLAWBACK_DEMANDED", "CLAWBACK_REPAID", "RETURN_HOP", "RETURN_TO_TREASURY");
        // the earmark (related): the 80,000.00 never paid went back to the treasury along the channel too
        JsonNode earmark = trail.path("related").get(0).path("postings").get(0);
        assertThat(endpoints(earmark.path("destinations"))).containsEntry(treasury + " TERMINAL", "130000.00");

        // the appropriation, found through the journal's postings of the root holder
        JsonNode rootPostings = ok200(get("/api/audit/accounts/" + enc("channel:" + pj.id() + ":" + city) + "/postings"));
        String appropriation = null;
        for (JsonNode posting : rootPostings) {
            if (posting.path("code").asText().equals("APPROPRIATION")) {
                appropriation = posting.path("reference").asText();
            }
        }
        assertThat(appropriation).isNotNull();
        JsonNode appropriated = ok200(get("/api/audit/trails/appropriations/" + pj.id() + "/" + appropriation));
        assertThat(appropriated.path("amount").asText()).isEqualTo("200000.00");
        Map<String, String> whole = new TreeMap<>(expected);
        whole.put(treasury + " TERMINAL", "130000.00");
        assertThat(endpoints(appropriated.path("destinations"))).isEqualTo(whole);
        // to the fen against the journal: what went back is what the treasury got back
        assertThat(balance(treasury)).isEqualTo("-70000.00");
        assertThat(balance(spent + "personnel")).isEqualTo("50000.00");
    }

    private static JsonNode ok200(Answer answer) {
        assertThat(answer.status()).as("%s → %s", answer.raw().request().uri(), answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static Map<String, String> endpoints(JsonNode endpoints) {
        Map<String, String> map = new TreeMap<>();
        endpoints.forEach(e -> map.put(e.path("account").asText() + " " + e.path("status").asText(), e.path("amount").asText()));
        return map;
    }

    private static void codes(JsonNode node, List<String> codes) {
        if (!node.path("via").isMissingNode() && !node.path("via").isNull()) {
            codes.add(node.path("via").path("code").asText());
        }
        node.path("next").forEach(child -> codes(child, codes));
    }

    private static String enc(String account) {
        return URLEncoder.encode(account, StandardCharsets.UTF_8);
    }
}
