package org.fundtrail.fund;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The community-fund API end to end: HTTP → aggregates → event store → journal and read model, to the fen. */
class FundApiIntegrationTest extends IntegrationTest {

    @Test
    void aFundsMoneyIsTracedToTheFenFromDonationsToGrants() {
        String charity = registerCharity();
        String fund = openFund(charity);

        Answer cash = donate(fund, unique("d"), "1000.00", "elderly");
        assertThat(cash.status()).as(cash.body().toString()).isEqualTo(201);
        assertThat(cash.text("receiptNumber")).isEqualTo(charity + "-2026-000001");
        assertThat(donate(fund, unique("d"), "250.50", null).status()).isEqualTo(201);

        String goods = unique("k");
        Answer inKind = post("/api/funds/" + fund + "/in-kind-donations", """
                {"id":"%s","donor":{"kind":"COMPANY","name":"某超市","consentToPublishName":true},
                 "items":[{"description":"大米","quantity":"100","unit":"袋","unitValue":"45.50"},
                          {"description":"食用油","quantity":"3","unit":"桶","unitValue":"33.33"}],
                 "valuationBasis":"INVOICE","evidenceReference":"发票 No.12345","effectiveDate":"2026-11-21"}""".formatted(goods));
        assertThat(inKind.status()).as(inKind.body().toString()).isEqualTo(201);
        assertThat(inKind.text("amount")).isEqualTo("4649.99");
        assertThat(inKind.text("receiptNumber")).isEqualTo(charity + "-2026-000003");

        // Sell 50 bags of rice (book value 2,275.00) for 2,000.00: a loss of 275.00; the cash lands in the unrestricted pool.
        Answer sale = post("/api/funds/" + fund + "/in-kind-donations/" + goods + "/disposals", """
                {"id":"%s","line":1,"quantity":"50","disposal":"SOLD","proceeds":"2000.00","recipient":"区慈善超市"}"""
                .formatted(unique("s")));
        assertThat(sale.status()).as(sale.body().toString()).isEqualTo(200);
        Answer distributed = post("/api/funds/" + fund + "/in-kind-donations/" + goods + "/disposals", """
                {"id":"%s","line":2,"quantity":"3","disposal":"DISTRIBUTED","recipient":"友谊路 3 户困难老人"}"""
                .formatted(unique("s")));
        assertThat(distributed.status()).as(distributed.body().toString()).isEqualTo(200);

        String grant = unique("g");
        Answer award = post("/api/funds/" + fund + "/grants", """
                {"id":"%s","granteeCreditCode":"%s","granteeName":"友谊路社工站","project":"助老食堂",
                 "pool":"restricted:elderly","amount":"800.00"}""".formatted(grant, creditCode()));
        assertThat(award.status()).as(award.body().toString()).isEqualTo(201);
        Answer pay = post("/api/funds/" + fund + "/grants/" + grant + "/payments", """
                {"paymentNumber":1,"amount":"500.00"}""");
        assertThat(pay.status()).as(pay.body().toString()).isEqualTo(200);

        assertThat(balance("fund:" + fund + ":restricted:elderly")).isEqualTo("200.00");
        assertThat(balance("fund:" + fund + ":unrestricted")).isEqualTo("2250.50");
        assertThat(balance("fund:" + fund + ":goods:" + goods)).isEqualTo("2275.00");
        assertThat(balance("fund:" + fund + ":disposal-result")).isEqualTo("275.00");
        assertThat(balance("beneficiaries:fund:" + fund)).isEqualTo("99.99");
        assertThat(balance("fund:" + fund + ":committed:" + grant)).isEqualTo("300.00");

        Answer summary = get("/api/funds/" + fund);
        assertThat(summary.body().path("pools").findValuesAsText("balance")).containsExactly("0.00", "200.00", "2250.50");
        Answer progress = get("/api/funds/" + fund + "/progress?year=2026");
        assertThat(progress.text("raised")).isEqualTo("5900.49");
        assertThat(progress.text("inKind")).isEqualTo("4649.99");

        Answer conservation = get("/api/journal/conservation");
        assertThat(conservation.body().path("balanced").asBoolean()).isTrue();
        assertThat(conservation.body().path("negativeBalances")).isEmpty();
        assertThat(conservation.body().path("unknownAccounts")).isEmpty();
    }

    @Test
    void aRetriedDonationIsAnsweredAgainAndPostedOnce() {
        String fund = openFund(registerCharity());
        String id = unique("d");

        Answer first = donate(fund, id, "88.00", null);
        Answer again = donate(fund, id, "88.00", null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(eventsOf("donation:" + id)).isEqualTo(1);
        assertThat(balance("fund:" + fund + ":unrestricted")).isEqualTo("88.00");
    }

    @Test
    void theSameIdWithADifferentRequestIsAConflictAndChangesNothing() {
        String fund = openFund(registerCharity());
        String id = unique("d");
        donate(fund, id, "10.00", null);

        Answer conflict = donate(fund, id, "99.00", null);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(conflict.text("code")).isEqualTo("ID_REUSED_WITH_DIFFERENT_REQUEST");
        assertThat(eventsOf("donation:" + id)).isEqualTo(1);
        assertThat(balance("fund:" + fund + ":unrestricted")).isEqualTo("10.00");
    }

    @Test
    void aRefusedDonationRecordsNoEventNoPostingAndNoDonor() {
        String fund = openFund(registerCharity());
        awaitProjections();
        long events = eventCount();
        long postings = postingCount();
        long donors = jdbc.sql("SELECT count(*) FROM donor").query(Long.class).single();

        Answer refused = donate(fund, unique("d"), "10.00", "sports");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("UNKNOWN_PURPOSE");
        assertThat(refused.text("field")).isEqualTo("purpose");
        assertThat(eventCount()).isEqualTo(events);
        awaitProjections();
        assertThat(postingCount()).isEqualTo(postings);
        assertThat(jdbc.sql("SELECT count(*) FROM donor").query(Long.class).single()).isEqualTo(donors);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String fund = openFund(registerCharity());

        Answer tooPrecise = donate(fund, unique("d"), "3.001", null);
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.text("field")).isEqualTo("amount");
        assertThat(tooPrecise.text("detail")).contains("two decimal places");

        Answer negative = donate(fund, unique("d"), "-5.00", null);
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.text("code")).isEqualTo("AMOUNT_NOT_POSITIVE");

        Answer missing = post("/api/funds/" + fund + "/donations", """
                {"id":"%s","donor":{"kind":"INDIVIDUAL"},"amount":"5.00"}""".formatted(unique("d")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("field")).isEqualTo("channel");

        Answer badId = donate(fund, "not an id!", "5.00", null);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.text("field")).isEqualTo("id");

        Answer unknownFund = donate("no-such-fund", unique("d"), "5.00", null);
        assertThat(unknownFund.status()).isEqualTo(404);
    }

    @Test
    void aReversalPointsAtTheOriginalAndCannotOverdrawThePool() {
        String fund = openFund(registerCharity());
        String donation = unique("d");
        donate(fund, donation, "300.00", "children");
        String grant = unique("g");
        assertThat(post("/api/funds/" + fund + "/grants", """
                {"id":"%s","granteeCreditCode":"%s","granteeName":"助学社","project":"课后托管",
                 "pool":"restricted:children","amount":"200.00"}""".formatted(grant, creditCode())).status()).isEqualTo(201);

        Answer refused = post("/api/funds/" + fund + "/donations/" + donation + "/reversal", """
                {"reason":"重复入账"}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("EXCEEDS_POOL_BALANCE");

        String other = unique("d");
        donate(fund, other, "50.00", null);
        Answer reversed = post("/api/funds/" + fund + "/donations/" + other + "/reversal", """
                {"reason":"银行退票"}""");
        assertThat(reversed.status()).as(reversed.body().toString()).isEqualTo(200);
        assertThat(balance("fund:" + fund + ":unrestricted")).isEqualTo("0.00");
        Answer listed = get("/api/funds/" + fund + "/donations");
        assertThat(listed.body().findValuesAsText("reversalReason")).contains("银行退票");
        assertThat(get("/api/funds/" + fund + "/progress?year=2026").text("raised")).isEqualTo("300.00");
    }

    @Test
    void twoGrantsRacingForTheLastYuanCannotBothWin() throws Exception {
        String fund = openFund(registerCharity());
        donate(fund, unique("d"), "100.00", null);
        String grantee = creditCode();

        List<java.util.concurrent.Callable<Integer>> racers = List.of(
                () -> post("/api/funds/" + fund + "/grants", """
                        {"id":"%s","granteeCreditCode":"%s","granteeName":"甲","project":"P1","amount":"60.00"}"""
                        .formatted(unique("g"), grantee)).status(),
                () -> post("/api/funds/" + fund + "/grants", """
                        {"id":"%s","granteeCreditCode":"%s","granteeName":"乙","project":"P2","amount":"60.00"}"""
                        .formatted(unique("g"), grantee)).status());
        List<Integer> statuses = java.util.concurrent.Executors.newFixedThreadPool(2).invokeAll(racers).stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        assertThat(balance("fund:" + fund + ":unrestricted")).isEqualTo("40.00");
    }

    /** Tianjin 2024: points ranked 1–5 raise at least 50,000.00 a year, 6–11 at least 20,000.00 (in-kind counts). */
    @Test
    void demonstrationPointsAreReportedAgainstTheirFundraisingFloors() {
        String charity = registerCharity();
        String first = openFund(charity);
        String seventh = openFund(charity);
        assertThat(post("/api/funds/" + first + "/demonstration-points", """
                {"policyId":"tianjin-2024","rank":1}""").status()).isEqualTo(200);
        assertThat(post("/api/funds/" + seventh + "/demonstration-points", """
                {"policyId":"tianjin-2024","rank":7}""").status()).isEqualTo(200);
        donate(first, unique("d"), "49999.99", null);
        donate(seventh, unique("d"), "20000.00", "elderly");
        awaitProjections();

        Answer report = get("/api/funds/fundraising-floors?policyId=tianjin-2024&year=2026");

        assertThat(report.status()).isEqualTo(200);
        var lines = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
        report.body().forEach(line -> lines.put(line.path("fundId").asText(), line));
        assertThat(lines.get(first).path("floor").asText()).isEqualTo("50000.00");
        assertThat(lines.get(first).path("raised").asText()).isEqualTo("49999.99");
        assertThat(lines.get(first).path("belowFloor").asBoolean()).isTrue();
        assertThat(lines.get(seventh).path("floor").asText()).isEqualTo("20000.00");
        assertThat(lines.get(seventh).path("belowFloor").asBoolean()).isFalse();
        assertThat(post("/api/funds/" + first + "/demonstration-points", """
                {"policyId":"panjin-2023","rank":1}""").body().path("code").asText()).isEqualTo("POLICY_HAS_NO_FUNDRAISING_FLOORS");
    }
}
