package org.fundtrail.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.assertConservation;
import static org.fundtrail.scenario.PublicFundsDriver.assertProblem;
import static org.fundtrail.scenario.PublicFundsDriver.holderLine;
import static org.fundtrail.scenario.PublicFundsDriver.ok;
import static org.fundtrail.scenario.PublicFundsDriver.poll;
import static org.fundtrail.scenario.PublicFundsDriver.sum;
import static org.fundtrail.scenario.PublicFundsDriver.unique;


/**
 * Panjin 2023 five-society linkage (seed 000, policy {@code panjin-2023}), end to end over the REST API: a contract
 * paid 60% on signing, a failed mid-term evaluation that stops the 40%, expenditure accepted and rejected, a clawback
 * of what is left, termination, and the money travelling back hop by hop along the channel it came down
 * (循原划拨渠道缴回国库). Then a fraud finding that bars the organisation for three years.
 */
class PanjinScenarioTest extends IntegrationTest {

    private static final Duration SAGA = Duration.ofSeconds(10);

    private PublicFundsDriver funds;
    private String city;
    private String district;

    @BeforeEach
    void driver() {
        funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        city = unique("pj-city");
        district = unique("pj-shuangtaizi");
    }

    @Test
    void aFailedEvaluationEndsTheContractAndItsMoneyGoesBackAlongTheChannel() {
        long started = System.nanoTime();
        ProgrammeDriver pj = funds.createProgramme("panjin-2023", "2023年盘锦市民政局“五社联动”工作实施方案",
                unique("panjin-treasury"), city, "盘锦市民政局", 2023, LocalDate.of(2023, 3, 1));
        pj.appropriate("200000.00", LocalDate.of(2023, 3, 1))
                .allocate(city, district, "双台子区民政局", "200000.00", LocalDate.of(2023, 3, 10));

        String organisation = funds.registerOrganisation("盘锦市益民社会工作服务中心");
        ContractDriver contract = pj.contract().fundedBy(district).with(organisation)
                .forCommunity("双台子区红旗街道胜利社区", "双台子区", 2023).amount("200000.00")
                .budget("personnel", "100000.00").budget("activities", "70000.00").budget("materials", "30000.00")
                .runs(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 4, 1))
                .sign();
        assertThat(pj.available(district)).isEqualTo("0.00");

        // "承办单位在年度内只能承办 1 个县区 1 个公益创投项目": refused before any money is looked at
        assertProblem(pj.contract().fundedBy(district).with(organisation)
                .forCommunity("双台子区胜利街道民主社区", "双台子区", 2023).amount("50000.00").budget("personnel", "50000.00")
                .runs(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 5, 1))
                .trySign(), 422, "ORGANISATION_COUNTY_LIMIT");

        // ---- tranche 1 (60%): proposed by the district's officer, approved by its approver --------------------------
        LocalDate paidOn = LocalDate.of(2023, 4, 10);
        assertProblem(contract.proposeTranche(contract.officer(), 2, paidOn), 422, "TRANCHE_CONDITION_NOT_MET");
        ok(contract.proposeTranche(contract.officer(), 1, paidOn), 200);
        // the officer who proposed cannot approve it (an officer holds no approver role: refused before the aggregate
        // is asked; the aggregate's own SAME_OFFICER_CANNOT_APPROVE is shown with the admin in the fraud scenario)
        assertProblem(contract.approveTranche(contract.officer(), 1, paidOn), 403, "FORBIDDEN");
        JsonNode paid = ok(contract.approveTranche(contract.approver(), 1, paidOn), 200);
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        // a retried approval (same tranche, same request) answers as before and pays nothing twice
        Answer retried = contract.approveTranche(contract.approver(), 1, paidOn);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        awaitProjections();
        assertThat(contract.statement().path("paid").asText()).isEqualTo("120000.00");

        // ---- the mid-term evaluation fails: no 40% ---------------------------------------------------------------
        JsonNode failed = ok(contract.milestone("MIDTERM_EVALUATION", false, LocalDate.of(2023, 7, 15)), 200);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertProblem(contract.proposeTranche(contract.officer(), 2, LocalDate.of(2023, 7, 20)), 422,
                "EVALUATION_FAILED_BLOCKS_TRANCHES");

        // ---- expenditure: 70,000.00 accepted, 10,000.00 improper ---------------------------------------------------
        contract.spend("personnel", "50000.00", LocalDate.of(2023, 6, 30))
                .spend("activities", "20000.00", LocalDate.of(2023, 7, 5));
        String improper = unique("ex");
        ok(contract.report(contract.contractor(), improper, "materials", "10000.00", LocalDate.of(2023, 7, 8)), 200);
        JsonNode rejected = ok(contract.rejectExpenditure(improper, "与项目无关的物资采购"), 200);
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");

        // ---- clawback of what the contractor still holds: 120,000.00 − 70,000.00 -----------------------------------
        LocalDate demanded = LocalDate.of(2023, 8, 1);
        assertProblem(contract.clawback(unique("cb"), "50000.01", "未使用及不当使用的资金", LocalDate.of(2023, 9, 30), demanded),
                422, "EXCEEDS_DISBURSED_BALANCE");
        String clawback = unique("cb");
        ok(contract.clawback(clawback, "50000.00", "未使用及不当使用的资金", LocalDate.of(2023, 9, 30), demanded), 200);
        assertProblem(contract.repay(clawback, "50000.01", LocalDate.of(2023, 9, 1)), 422, "EXCEEDS_CLAWBACK_OUTSTANDING");
        ok(contract.repay(clawback, "50000.00", LocalDate.of(2023, 9, 1)), 200);

        // ---- termination releases the unpaid 40% -------------------------------------------------------------------
        JsonNode terminated = ok(contract.terminate("中期评估不合格,终止项目", LocalDate.of(2023, 9, 15)), 200);
        assertThat(terminated.path("status").asText()).isEqualTo("TERMINATED");
        assertProblem(contract.proposeTranche(contract.officer(), 2, LocalDate.of(2023, 9, 20)), 409, "CONTRACT_ENDED");
        JsonNode districtNow = pj.holder(district);
        assertThat(districtNow.path("available").asText()).isEqualTo("0.00");
        assertThat(districtNow.path("returnDue").asText()).isEqualTo("130000.00");

        // ---- the contract is settled: its statement is final before any money goes up the channel -----------------
        awaitProjections();
        JsonNode statement = contract.statement();
        assertThat(statement.path("committedIn").asText()).isEqualTo("200000.00");
        assertThat(statement.path("tranchesPaid")).hasSize(1);
        assertThat(statement.path("tranchesPaid").get(0).path("number").asInt()).isEqualTo(1);
        assertThat(statement.path("tranchesPaid").get(0).path("amount").asText()).isEqualTo("120000.00");
        assertThat(statement.path("paid").asText()).isEqualTo("120000.00");
        assertThat(statement.path("spent").asText()).isEqualTo("70000.00");
        assertThat(statement.path("spentByCategory").toString())
                .isEqualTo("{\"activities\":\"20000.00\",\"personnel\":\"50000.00\"}");
        assertThat(statement.path("clawbacks").path("demanded").asText()).isEqualTo("50000.00");
        assertThat(statement.path("clawbacks").path("repaid").asText()).isEqualTo("50000.00");
        assertThat(statement.path("clawbacks").path("outstanding").asText()).isEqualTo("0.00");
        assertThat(statement.path("surplusReturned").asText()).isEqualTo("0.00");
        assertThat(statement.path("released").asText()).isEqualTo("80000.00");
        assertThat(statement.path("balances").toString()).isEqualTo(
                "{\"committed\":\"0.00\",\"disbursed\":\"0.00\",\"spent\":\"70000.00\",\"clawbackDue\":\"0.00\"}");
        assertThat(statement.path("reconciles").asBoolean()).as("contract statement reconciles: %s",
                statement.path("checks")).isTrue();

        JsonNode before = pj.statement();
        assertThat(before.path("returnedToTreasury").path("total").asText()).isEqualTo("0.00");
        assertThat(holderLine(before, district).path("held").asText()).isEqualTo("130000.00");
        assertThat(before.path("balances").path("heldByHolders").asText()).isEqualTo("130000.00");
        assertThat(before.path("reconciles").asBoolean()).as("programme statement before the returns: %s",
                before.path("checks")).isTrue();
        assertThat(funds.journalBalance("channel:" + pj.id() + ":" + district)).isEqualTo("130000.00");

        // ---- the process manager opens the returns; they go district → city → treasury ----------------------------
        List<JsonNode> returns = pj.awaitReturns("returns of 130,000.00 opened at " + district
                        + " by the process manager after ClawbackRepaid / ContractTerminated",
                list -> sum(list.stream().map(r -> r.path("amount").asText()).toList()).equals("130000.00"), SAGA);
        for (JsonNode ret : returns) {
            assertThat(ret.path("atHolder").asText()).as("return %s", ret).isEqualTo(district);
            assertThat(ret.path("hops").asInt()).isZero();
            assertThat(ret.path("contractId").asText()).as("return %s names its contract", ret).isEqualTo(contract.id());
            // only an officer of the holder the return sits at moves it
            assertProblem(pj.hop(funds.officerOf(city), ret.path("id").asText(), 1, LocalDate.of(2023, 10, 10)), 403, "FORBIDDEN");
            List<String> passed = pj.returnToTreasury(ret.path("id").asText(), LocalDate.of(2023, 10, 10),
                    LocalDate.of(2023, 10, 20));
            assertThat(passed).containsExactly(district, city);
        }
        assertThat(pj.returns()).allSatisfy(r -> {
            assertThat(r.path("completed").asBoolean()).as("return %s completed", r).isTrue();
            assertThat(r.path("hops").asInt()).isEqualTo(2);
        });
        for (String holder : List.of(city, district)) {
            JsonNode line = pj.holder(holder);
            assertThat(line.path("available").asText()).as("available at %s", holder).isEqualTo("0.00");
            assertThat(line.path("returnDue").asText()).as("return-due at %s", holder).isEqualTo("0.00");
        }

        // ---- the programme statement reconciles and matches the journal to the fen ---------------------------------
        awaitProjections();
        JsonNode programme = pj.statement();
        assertThat(programme.path("appropriated").asText()).isEqualTo("200000.00");
        assertThat(programme.path("returnedToTreasury").path("total").asText()).isEqualTo("130000.00");
        // returned within the 2023 budget year: it restores the appropriation, it is not non-tax income
        assertThat(programme.path("returnedToTreasury").path("sameBudgetYear").asText()).isEqualTo("130000.00");
        assertThat(programme.path("returnedToTreasury").path("nonTaxIncome").asText()).isEqualTo("0.00");
        assertThat(programme.path("committedToContracts").asText()).isEqualTo("200000.00");
        assertThat(programme.path("paidToContractors").asText()).isEqualTo("120000.00");
        assertThat(programme.path("spent").asText()).isEqualTo("70000.00");
        assertThat(programme.path("released").asText()).isEqualTo("80000.00");
        assertThat(programme.path("clawbacks").path("repaid").asText()).isEqualTo("50000.00");
        assertThat(programme.path("balances").toString()).isEqualTo("{\"heldByHolders\":\"0.00\",\"committed\":\"0.00\","
                + "\"disbursedAtContractors\":\"0.00\",\"spent\":\"70000.00\",\"clawbackDue\":\"0.00\"}");
        JsonNode cityLine = holderLine(programme, city);
        assertThat(cityLine.path("appropriated").asText()).isEqualTo("200000.00");
        assertThat(cityLine.path("allocatedOut").asText()).isEqualTo("200000.00");
        assertThat(cityLine.path("returnedIn").asText()).isEqualTo("130000.00");
        assertThat(cityLine.path("returnedToTreasury").asText()).isEqualTo("130000.00");
        assertThat(cityLine.path("held").asText()).isEqualTo("0.00");
        JsonNode districtLine = holderLine(programme, district);
        assertThat(districtLine.path("allocatedIn").asText()).isEqualTo("200000.00");
        assertThat(districtLine.path("committedToContracts").asText()).isEqualTo("200000.00");
        assertThat(districtLine.path("releasedBack").asText()).isEqualTo("80000.00");
        assertThat(districtLine.path("clawbackRepaid").asText()).isEqualTo("50000.00");
        assertThat(districtLine.path("returnedOut").asText()).isEqualTo("130000.00");
        assertThat(districtLine.path("held").asText()).isEqualTo("0.00");
        assertThat(programme.path("reconciles").asBoolean()).as("programme statement reconciles: %s / holders %s",
                programme.path("checks"), programme.path("holders")).isTrue();

        // the journal, account by account
        assertThat(funds.journalBalance("treasury:" + pj.treasury())).isEqualTo("-70000.00");
        assertThat(funds.journalBalance("treasury:" + pj.treasury() + ":non-tax-income")).isEqualTo("0.00");
        assertThat(funds.journalBalances("channel:" + pj.id() + ":")).isEqualTo(Map.of(
                "channel:" + pj.id() + ":" + city, "0.00", "channel:" + pj.id() + ":" + district, "0.00"));
        Map<String, String> accounts = funds.journalBalances("contract:" + contract.id() + ":");
        assertThat(accounts).containsEntry("contract:" + contract.id() + ":committed", "0.00")
                .containsEntry("contract:" + contract.id() + ":disbursed", "0.00")
                .containsEntry("contract:" + contract.id() + ":clawback-due", "0.00")
                .containsEntry("contract:" + contract.id() + ":spent:personnel", "50000.00")
                .containsEntry("contract:" + contract.id() + ":spent:activities", "20000.00")
                .doesNotContainKey("contract:" + contract.id() + ":spent:materials");
        assertThat(programme.path("spent").asText()).isEqualTo(sum(List.of(
                accounts.get("contract:" + contract.id() + ":spent:personnel"),
                accounts.get("contract:" + contract.id() + ":spent:activities"))));

        // ---- the auditor's trail of the contract ends where the statement says the money went --------------------
        JsonNode trail = get("/api/audit/trails/contracts/" + contract.id()).body();
        assertThat(trail.path("exact").asBoolean()).isTrue();
        assertThat(trail.path("amount").asText()).as("the tranches' money").isEqualTo("120000.00");
        Map<String, String> ends = new java.util.TreeMap<>();
        trail.path("destinations").forEach(end -> ends.merge(end.path("account").asText() + " " + end.path("status").asText(),
                end.path("amount").asText(), (x, y) -> sum(List.of(x, y))));
        assertThat(ends).isEqualTo(Map.of(
                "contract:" + contract.id() + ":spent:personnel TERMINAL", "50000.00",
                "contract:" + contract.id() + ":spent:activities TERMINAL", "20000.00",
                "treasury:" + pj.treasury() + " TERMINAL", "50000.00"));
        Map<String, String> starts = new java.util.TreeMap<>();
        trail.path("sources").forEach(start -> starts.put(start.path("account").asText(), start.path("amount").asText()));
        assertThat(starts).isEqualTo(Map.of("treasury:" + pj.treasury(), "120000.00"));

        // ---- and the auditor's exports of this contract's journal open: CSV with a BOM, XLSX with every posting ----
        String query = "?account=" + java.net.URLEncoder.encode("contract:" + contract.id() + ":", java.nio.charset.StandardCharsets.UTF_8);
        byte[] csv = funds.download("/api/audit/exports/journal.csv" + query);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        byte[] xlsx = funds.download("/api/audit/exports/journal.xlsx" + query);
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            long csvRows = new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines().count();
            assertThat(workbook.getFirstSheet().read()).hasSize((int) csvRows);
            assertThat(csvRows).as("header + the contract's postings").isGreaterThan(5);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertConservation(funds.conservation());
        System.out.printf("[scenario] Panjin lifecycle %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @Test
    void aFraudFindingBarsTheOrganisationForThreeYears() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        ProgrammeDriver pj = funds.createProgramme("panjin-2023", "2023年盘锦市民政局“五社联动”工作实施方案",
                unique("panjin-treasury"), city, "盘锦市民政局", today.getYear(), today);
        // the district keeps enough for a second contract, so only the debarment can refuse it
        pj.appropriate("200000.00", today).allocate(city, district, "兴隆台区民政局", "200000.00", today);
        String organisation = funds.registerOrganisation("盘锦市虚报社会工作服务社");
        ContractDriver contract = pj.contract().fundedBy(district).with(organisation)
                .forCommunity("兴隆台区振兴街道园丁社区", "兴隆台区", today.getYear()).amount("100000.00")
                .budget("personnel", "60000.00").budget("activities", "40000.00")
                .runs(today, today.plusMonths(8)).signedOn(today).sign();

        // maker–checker, where one user could be both: the admin proposes and may not approve its own proposal
        ok(contract.proposeTranche(funds.admin(), 1, today), 200);
        assertProblem(contract.approveTranche(funds.admin(), 1, today), 403, "SAME_OFFICER_CANNOT_APPROVE");
        ok(contract.approveTranche(contract.approver(), 1, today), 200);
        // the same for allocations
        String allocation = unique("al");
        ok(pj.proposeAllocation(funds.admin(), allocation, district, unique("pj-street"), "振兴街道", "1000.00", today), 201);
        assertProblem(pj.approveAllocation(funds.admin(), allocation), 403, "SAME_OFFICER_CANNOT_APPROVE");

        JsonNode fraud = ok(contract.fraud("虚报服务对象人数,伪造活动签到表", today), 200);
        assertThat(fraud.path("status").asText()).isEqualTo("FRAUD_RECORDED");

        // everything the contractor held is demanded back, the unpaid 40% is released
        awaitProjections();
        JsonNode statement = contract.statement();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(statement.path("paid").asText()).isEqualTo("60000.00");
        soft.assertThat(statement.path("clawbacks").path("demanded").asText()).isEqualTo("60000.00");
        soft.assertThat(statement.path("released").asText()).isEqualTo("40000.00");
        soft.assertThat(statement.path("reconciles").asBoolean()).isTrue();
        assertProblem(contract.proposeTranche(contract.officer(), 2, today), 409, "CONTRACT_ENDED");

        // the process manager bars the organisation for the policy's 3 years ("三年内不予购买服务")
        JsonNode barred = poll(SAGA, () -> funds.organisation(organisation), o -> !o.path("debarredUntil").isMissingNode()
                && !o.path("debarredUntil").isNull());
        soft.assertThat(barred.path("debarredUntil").asText())
                .as("GET /api/organisations/%s 10 s after the fraud finding: %s", organisation, barred)
                .isEqualTo(today.plusYears(3).toString());
        soft.assertThat(barred.path("debarments")).as("debarments of %s", organisation).hasSize(1);

        // and it may sign no new contract, anywhere, though the district has the money
        Answer refused = pj.contract().fundedBy(district).with(organisation)
                .forCommunity("双台子区辽河街道社区", "双台子区", today.getYear()).amount("100000.00")
                .budget("personnel", "100000.00").runs(today, today.plusMonths(8)).signedOn(today).trySign();
        soft.assertThat(refused.status()).as("POST /api/contracts for the debarred %s → %s", organisation, refused.body())
                .isEqualTo(422);
        soft.assertThat(refused.body().path("code").asText()).as("POST /api/contracts → %s", refused.body())
                .isEqualTo("ORGANISATION_DEBARRED");
        soft.assertAll();
        System.out.printf("[scenario] Panjin fraud %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
