package org.fundtrail.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractSpec;
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
import static org.fundtrail.scenario.PublicFundsDriver.unique;

/**
 * Fuzhou 2021 three-society linkage pilots (seed 001, policy {@code fuzhou-2021}), end to end over the REST API:
 * "每个市级试点项目当年给予20万元", at most 3 projects per organisation city-wide and 3 per district; the district
 * bureau pays 80% once the contract is signed and 20% after acceptance ("第一次拨付80%的资金,项目验收合格后拨付剩余20%");
 * the contractor sends back what it did not spend, the contract closes, and the surplus goes district → city →
 * treasury — in 2022, so it is the finance bureau's non-tax income rather than a restored 2021 appropriation.
 */
class FuzhouScenarioTest extends IntegrationTest {

    private static final Duration SAGA = Duration.ofSeconds(10);

    private PublicFundsDriver funds;
    private String city;
    private String gulou;
    private String cangshan;

    @BeforeEach
    void driver() {
        funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        city = unique("fz-city");
        gulou = unique("fz-gulou");
        cangshan = unique("fz-cangshan");
    }

    @Test
    void aPilotIsPaidEightyTwentySpendsLessAndReturnsTheSurplusToTheTreasury() {
        long started = System.nanoTime();
        LocalDate created = LocalDate.of(2021, 3, 1);
        ProgrammeDriver fz = funds.createProgramme("fuzhou-2021", "2021年福州市城乡社区“三社联动”试点项目",
                unique("fuzhou-treasury"), city, "福州市民政局", 2021, created);
        fz.appropriate("800000.00", created)
                .allocate(city, gulou, "鼓楼区民政局", "600000.00", LocalDate.of(2021, 3, 20))
                .allocate(city, cangshan, "仓山区民政局", "200000.00", LocalDate.of(2021, 3, 20));
        String x = funds.registerOrganisation("福州市鼓楼区社会工作服务中心");
        String y = funds.registerOrganisation("福州市仓山区社会工作发展中心");

        // every project is exactly 200,000.00
        assertProblem(pilot(fz, gulou, "鼓楼区", y, "鼓楼区温泉街道东门社区").amount("150000.00")
                .clearBudget().budget("personnel", "150000.00").trySign(), 422, "AMOUNT_NOT_AS_POLICY");
        assertProblem(pilot(fz, gulou, "鼓楼区", y, "鼓楼区温泉街道东门社区").amount("200000.01")
                .clearBudget().budget("personnel", "200000.01").trySign(), 422, "AMOUNT_NOT_AS_POLICY");
        assertThat(fz.available(gulou)).isEqualTo("600000.00");

        // X takes three projects city-wide: two in Gulou, one in Cangshan; Y takes Gulou's third
        ContractDriver x1 = pilot(fz, gulou, "鼓楼区", x, "鼓楼区鼓东街道三角井社区").sign();
        pilot(fz, gulou, "鼓楼区", x, "鼓楼区鼓西街道西洪社区").sign();
        pilot(fz, cangshan, "仓山区", x, "仓山区上渡街道上渡社区").sign();
        pilot(fz, gulou, "鼓楼区", y, "鼓楼区水部街道水部社区").sign();
        // X's fourth, in Cangshan where there is room: only the organisation's city-wide limit refuses it
        assertProblem(pilot(fz, cangshan, "仓山区", x, "仓山区仓山镇城门社区").trySign(), 422, "ORGANISATION_PROJECT_LIMIT");
        // Gulou's fourth project: the district limit
        assertProblem(pilot(fz, gulou, "鼓楼区", y, "鼓楼区安泰街道朱紫坊社区").trySign(), 422, "DISTRICT_PROJECT_LIMIT");
        for (String holder : List.of(city, gulou, cangshan)) {
            assertThat(fz.available(holder)).as("available at %s", holder).isEqualTo("0.00");
        }

        // ---- 80% through Gulou once signed; 20% after the final acceptance -----------------------------------------
        x1.payTranche(1, LocalDate.of(2021, 4, 10));
        assertProblem(x1.proposeTranche(x1.officer(), 2, LocalDate.of(2021, 6, 1)), 422, "TRANCHE_CONDITION_NOT_MET");
        assertProblem(x1.close(LocalDate.of(2021, 6, 1)), 422, "FINAL_ACCEPTANCE_NOT_PASSED");
        ok(x1.milestone("FINAL_ACCEPTANCE", true, LocalDate.of(2021, 12, 10)), 200);
        x1.payTranche(2, LocalDate.of(2021, 12, 15));
        awaitProjections();
        JsonNode paid = x1.statement();
        assertThat(paid.path("tranchesPaid").toString()).isEqualTo("[{\"number\":1,\"amount\":\"160000.00\",\"effectiveDate\":\"2021-04-10\"},"
                + "{\"number\":2,\"amount\":\"40000.00\",\"effectiveDate\":\"2021-12-15\"}]");

        // ---- 185,000.00 spent; 15,000.00 sent back; then the contract closes ----------------------------------------
        x1.spend("personnel", "120000.00", LocalDate.of(2021, 11, 30))
                .spend("activities", "55000.00", LocalDate.of(2021, 12, 5))
                .spend("materials", "10000.00", LocalDate.of(2021, 12, 8));
        assertProblem(x1.close(LocalDate.of(2021, 12, 18)), 422, "MONEY_NOT_ACCOUNTED_FOR");
        assertProblem(x1.returnSurplus("15000.01", LocalDate.of(2021, 12, 20)), 422, "EXCEEDS_DISBURSED_BALANCE");
        JsonNode returned = ok(x1.returnSurplus("15000.00", LocalDate.of(2021, 12, 20)), 200);
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        JsonNode closed = ok(x1.close(LocalDate.of(2021, 12, 25)), 200);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertProblem(x1.report(x1.contractor(), unique("ex"), "personnel", "1.00", LocalDate.of(2021, 12, 26)), 409,
                "CONTRACT_ENDED");
        assertThat(fz.holder(gulou).path("returnDue").asText()).isEqualTo("15000.00");

        // ---- the closed contract's statement is final ---------------------------------------------------------------
        awaitProjections();
        JsonNode statement = x1.statement();
        assertThat(statement.path("committedIn").asText()).isEqualTo("200000.00");
        assertThat(statement.path("paid").asText()).isEqualTo("200000.00");
        assertThat(statement.path("spent").asText()).isEqualTo("185000.00");
        assertThat(statement.path("spentByCategory").toString())
                .isEqualTo("{\"activities\":\"55000.00\",\"materials\":\"10000.00\",\"personnel\":\"120000.00\"}");
        assertThat(statement.path("surplusReturned").asText()).isEqualTo("15000.00");
        assertThat(statement.path("released").asText()).isEqualTo("0.00");
        assertThat(statement.path("clawbacks").path("demanded").asText()).isEqualTo("0.00");
        assertThat(statement.path("balances").toString()).isEqualTo(
                "{\"committed\":\"0.00\",\"disbursed\":\"0.00\",\"spent\":\"185000.00\",\"clawbackDue\":\"0.00\"}");
        assertThat(statement.path("reconciles").asBoolean()).as("contract statement reconciles: %s",
                statement.path("checks")).isTrue();

        JsonNode before = fz.statement();
        assertThat(before.path("returnedToTreasury").path("total").asText()).isEqualTo("0.00");
        assertThat(holderLine(before, gulou).path("held").asText()).isEqualTo("15000.00");
        assertThat(before.path("reconciles").asBoolean()).as("programme statement before the return: %s",
                before.path("checks")).isTrue();

        // ---- the surplus goes back the way it came, in January 2022 ---------------------------------------------------
        List<JsonNode> returns = fz.awaitReturns("a return of 15,000.00 opened at " + gulou
                        + " by the process manager after SurplusReturned / ContractClosed",
                list -> list.stream().anyMatch(r -> r.path("amount").asText().equals("15000.00")), SAGA);
        assertThat(returns).hasSize(1);
        JsonNode ret = returns.get(0);
        assertThat(ret.path("atHolder").asText()).isEqualTo(gulou);
        assertThat(ret.path("contractId").asText()).isEqualTo(x1.id());
        assertThat(fz.returnToTreasury(ret.path("id").asText(), LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 20)))
                .containsExactly(gulou, city);
        assertProblem(fz.hop(funds.admin(), ret.path("id").asText(), 3, LocalDate.of(2022, 1, 25)), 404, "NOT_FOUND");

        // ---- the programme statement, after the return -------------------------------------------------------------
        awaitProjections();
        JsonNode programme = fz.statement();
        assertThat(programme.path("appropriated").asText()).isEqualTo("800000.00");
        assertThat(programme.path("returnedToTreasury").toString())
                .isEqualTo("{\"sameBudgetYear\":\"0.00\",\"nonTaxIncome\":\"15000.00\",\"total\":\"15000.00\"}");
        assertThat(programme.path("committedToContracts").asText()).isEqualTo("800000.00");
        assertThat(programme.path("paidToContractors").asText()).isEqualTo("200000.00");
        assertThat(programme.path("spent").asText()).isEqualTo("185000.00");
        assertThat(programme.path("surplusReturned").asText()).isEqualTo("15000.00");
        assertThat(programme.path("contracts")).hasSize(4);
        // 800,000.00 − 15,000.00 returned = 600,000.00 still earmarked for the three open pilots + 185,000.00 spent
        assertThat(programme.path("balances").toString()).isEqualTo("{\"heldByHolders\":\"0.00\",\"committed\":\"600000.00\","
                + "\"disbursedAtContractors\":\"0.00\",\"spent\":\"185000.00\",\"clawbackDue\":\"0.00\"}");
        JsonNode gulouLine = holderLine(programme, gulou);
        assertThat(gulouLine.path("allocatedIn").asText()).isEqualTo("600000.00");
        assertThat(gulouLine.path("committedToContracts").asText()).isEqualTo("600000.00");
        assertThat(gulouLine.path("surplusReceived").asText()).isEqualTo("15000.00");
        assertThat(gulouLine.path("returnedOut").asText()).isEqualTo("15000.00");
        assertThat(gulouLine.path("held").asText()).isEqualTo("0.00");
        JsonNode cityLine = holderLine(programme, city);
        assertThat(cityLine.path("returnedIn").asText()).isEqualTo("15000.00");
        assertThat(cityLine.path("returnedToTreasury").asText()).isEqualTo("15000.00");
        assertThat(cityLine.path("held").asText()).isEqualTo("0.00");
        assertThat(programme.path("reconciles").asBoolean()).as("programme statement reconciles: %s / holders %s",
                programme.path("checks"), programme.path("holders")).isTrue();

        // the journal, account by account
        assertThat(funds.journalBalance("treasury:" + fz.treasury())).isEqualTo("-800000.00");
        assertThat(funds.journalBalance("treasury:" + fz.treasury() + ":non-tax-income")).isEqualTo("15000.00");
        assertThat(funds.journalBalances("channel:" + fz.id() + ":")).isEqualTo(Map.of(
                "channel:" + fz.id() + ":" + city, "0.00", "channel:" + fz.id() + ":" + gulou, "0.00",
                "channel:" + fz.id() + ":" + cangshan, "0.00"));
        assertThat(funds.journalBalances("contract:" + x1.id() + ":")).isEqualTo(Map.of(
                "contract:" + x1.id() + ":committed", "0.00",
                "contract:" + x1.id() + ":disbursed", "0.00",
                "contract:" + x1.id() + ":spent:personnel", "120000.00",
                "contract:" + x1.id() + ":spent:activities", "55000.00",
                "contract:" + x1.id() + ":spent:materials", "10000.00"));
        assertConservation(funds.conservation());
        System.out.printf("[scenario] Fuzhou %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** A Fuzhou pilot of 200,000.00 with a budget over the shared categories, signed in April 2021. */
    private ContractSpec pilot(ProgrammeDriver fz, String holder, String district, String organisation, String community) {
        return fz.contract().fundedBy(holder).with(organisation).forCommunity(community, district, 2021)
                .amount("200000.00").budget("personnel", "120000.00").budget("activities", "60000.00")
                .budget("materials", "15000.00").budget("evaluation-fee", "5000.00")
                .runs(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 12, 31)).signedOn(LocalDate.of(2021, 4, 1));
    }
}
