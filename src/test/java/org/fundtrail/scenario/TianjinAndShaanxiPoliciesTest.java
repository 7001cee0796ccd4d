package org.fundtrail.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.ok;
import static org.fundtrail.scenario.PublicFundsDriver.unique;

/**
 * GET /api/programme-policies lists the five seed policies from {@code ledger/programmes/} with their key figures.
 * Tianjin (seed 002) and Shaanxi (seed 003) have no scenario of their own: their figures are checked here.
 */
class TianjinAndShaanxiPoliciesTest extends IntegrationTest {

    @Test
    void theFivePoliciesAreListedWithTheirKeyFigures() {
        PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        // any signed-in user reads them: here a finance officer of some bureau
        JsonNode body = ok(funds.officerOf(unique("bureau")).get("/api/programme-policies"), 200);
        Map<String, JsonNode> policies = new LinkedHashMap<>();
        body.forEach(policy -> policies.put(policy.path("id").asText(), policy));
        assertThat(policies.keySet()).containsExactlyInAnyOrder("fuzhou-2021", "panjin-2023", "shaanxi-2022",
                "shenyang-2023", "tianjin-2024");

        // Tianjin: fundraising floors for the 11 city-district joint points; the contract paid in full once signed
        JsonNode tianjin = policies.get("tianjin-2024");
        assertThat(tianjin.path("seed").asText()).isEqualTo("002");
        assertThat(tianjin.path("tranches").toString()).isEqualTo("[{\"percent\":100,\"condition\":\"CONTRACT_SIGNED\"}]");
        assertThat(tianjin.path("fundraisingFloors").toString()).isEqualTo(
                "[{\"fromRank\":1,\"toRank\":5,\"floor\":\"50000.00\"},{\"fromRank\":6,\"toRank\":11,\"floor\":\"20000.00\"}]");
        assertThat(tianjin.path("forbiddenCategories")).isEmpty();
        assertThat(tianjin.path("fraudDebarmentYears").asInt()).isEqualTo(3);

        // Shaanxi: "主要用于人力成本" read as at least half of a contract's budget on personnel
        JsonNode shaanxi = policies.get("shaanxi-2022");
        assertThat(shaanxi.path("seed").asText()).isEqualTo("003");
        assertThat(shaanxi.path("minimumCategoryShares").toString()).isEqualTo("{\"personnel\":50}");
        assertThat(shaanxi.path("tranches").toString()).isEqualTo("[{\"percent\":100,\"condition\":\"CONTRACT_SIGNED\"}]");
        assertThat(shaanxi.path("fundraisingFloors")).isEmpty();

        // and the three with scenarios, in short
        JsonNode panjin = policies.get("panjin-2023");
        assertThat(panjin.path("tranches").toString()).isEqualTo("[{\"percent\":60,\"condition\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":40,\"condition\":\"MIDTERM_EVALUATION_PASSED\"}]");
        assertThat(panjin.path("limits").path("projectsPerOrganisationPerCountyPerYear").asInt()).isEqualTo(1);
        assertThat(panjin.path("fraudDebarmentYears").asInt()).isEqualTo(3);

        JsonNode fuzhou = policies.get("fuzhou-2021");
        assertThat(fuzhou.path("tranches").toString()).isEqualTo("[{\"percent\":80,\"condition\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":20,\"condition\":\"FINAL_ACCEPTANCE_PASSED\"}]");
        assertThat(fuzhou.path("limits").path("projectsPerOrganisation").asInt()).isEqualTo(3);
        assertThat(fuzhou.path("limits").path("projectsPerDistrict").asInt()).isEqualTo(3);
        assertThat(fuzhou.path("limits").path("amountPerProject").asText()).isEqualTo("200000.00");

        JsonNode shenyang = policies.get("shenyang-2023");
        assertThat(shenyang.path("tranches").toString())
                .isEqualTo("[{\"percent\":100,\"condition\":\"FINAL_ACCEPTANCE_PASSED\"}]");
        assertThat(shenyang.path("awards").path("FIVE_STAR").asText()).isEqualTo("200000.00");
        assertThat(shenyang.path("awards").path("FOUR_STAR").asText()).isEqualTo("100000.00");
        assertThat(shenyang.path("awards").path("THREE_STAR").asText()).isEqualTo("50000.00");
        assertThat(shenyang.path("forbiddenCategories").toString()).isEqualTo("[\"evaluation-fee\"]");
        assertThat(shenyang.path("usagePlan").path("mandatoryBasic").asInt()).isEqualTo(3);
        assertThat(shenyang.path("usagePlan").path("electives").path("FIVE_STAR").asInt()).isEqualTo(6);
        assertThat(shenyang.path("usagePlan").path("electives").path("FOUR_STAR").asInt()).isEqualTo(4);
        assertThat(shenyang.path("usagePlan").path("electives").path("THREE_STAR").asInt()).isEqualTo(1);

        // every policy shares the one vocabulary of budget categories
        policies.values().forEach(policy -> assertThat(policy.path("budgetCategories")).as(policy.path("id").asText())
                .hasSize(9));
    }
}
