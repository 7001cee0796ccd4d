package org.fundtrail.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.web.FormSession;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.fields;
import static org.fundtrail.scenario.PublicFundsDriver.ok;
import static org.fundtrail.scenario.PublicFundsDriver.unique;

/**
 * {@code GET /api/contracts} and {@code GET /api/contracts/{id}} from the contract read model: a whole contract's life
 * to the fen, and who may read which contract.
 */
class ContractReadModelIntegrationTest extends IntegrationTest {

    @Autowired
    private ContractQueries queries;
    private PublicFundsDriver funds;
    private String city;
    private String district;
    private ProgrammeDriver programme;

    @BeforeEach
    void programme() {
        funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        city = unique("rm-city");
        district = unique("rm-district");
        programme = funds.createProgramme("panjin-2023", "五社联动", unique("rm-treasury"), city, "盘锦市民政局", 2023,
                LocalDate.of(2023, 3, 1));
        programme.appropriate("300000.00", LocalDate.of(2023, 3, 1))
                .allocate(city, district, "双台子区民政局", "300000.00", LocalDate.of(2023, 3, 10));
    }

    /** A contract whose budget lines are personnel, activities and materials, in that order. */
    private ContractDriver sign(String organisation, String personnel, String activities, String materials) {
        String amount = PublicFundsDriver.sum(List.of(personnel, activities, materials));
        return programme.contract().fundedBy(district).with(organisation)
                .forCommunity("胜利社区 " + unique("c"), unique("county"), 2023).amount(amount)
                .budget("personnel", personnel).budget("activities", activities).budget("materials", materials)
                .runs(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 4, 1))
                .sign();
    }

    @Test
    void aContractsWholeLifeReadsToTheFen() {
        String organisation = funds.registerOrganisation("盘锦市益民社会工作服务中心");
        ContractDriver contract = sign(organisation, "60000.00", "50000.00", "13456.78");

        // tranche 1: 60% rounded down to the fen
        contract.payTranche(1, LocalDate.of(2023, 4, 10));
        contract.spend("personnel", "30000.01", LocalDate.of(2023, 5, 31))
                .spend("activities", "20000.02", LocalDate.of(2023, 6, 30));
        String improper = unique("ex");
        ok(contract.report(contract.contractor(), improper, "materials", "1234.56", LocalDate.of(2023, 7, 1)), 200);
        ok(contract.rejectExpenditure(improper, "与项目无关的物资"), 200);

        // tranche 2 (the remainder) after a passed mid-term evaluation
        ok(contract.milestone("MIDTERM_EVALUATION", true, LocalDate.of(2023, 7, 15)), 200);
        contract.payTranche(2, LocalDate.of(2023, 7, 25));

        contract.spend("personnel", "29999.99", LocalDate.of(2023, 9, 30))
                .spend("activities", "29000.00", LocalDate.of(2023, 10, 31));
        // held now: 123,456.78 − 30,000.01 − 20,000.02 − 29,999.99 − 29,000.00 = 14,456.76
        String clawback = unique("cb");
        ok(contract.clawback(clawback, "5000.00", "未使用的活动经费", LocalDate.of(2023, 12, 15), LocalDate.of(2023, 11, 1)), 200);
        ok(contract.repay(clawback, "3000.00", LocalDate.of(2023, 11, 10)), 200);
        ok(contract.repay(clawback, "2000.00", LocalDate.of(2023, 11, 20)), 200);
        ok(contract.returnSurplus("9456.76", LocalDate.of(2023, 12, 20)), 200);
        ok(contract.milestone("FINAL_ACCEPTANCE", true, LocalDate.of(2023, 12, 28)), 200);
        ok(contract.close(LocalDate.of(2023, 12, 31)), 200);
        awaitProjections();

        JsonNode read = ok(contract.contractor().get("/api/contracts/" + contract.id()), 200);
        assertThat(read.path("status").asText()).isEqualTo("CLOSED");
        assertThat(read.path("endedOn").asText()).isEqualTo("2023-12-31");
        assertThat(read.path("organisationName").asText()).isEqualTo("盘锦市益民社会工作服务中心");
        assertThat(read.path("fundingHolder").asText()).isEqualTo(district);
        JsonNode money = read.path("money");
        assertThat(money.path("amount").asText()).isEqualTo("123456.78");
        assertThat(money.path("paid").asText()).isEqualTo("123456.78");
        assertThat(money.path("accepted").asText()).isEqualTo("109000.02");
        assertThat(money.path("demanded").asText()).isEqualTo("5000.00");
        assertThat(money.path("repaid").asText()).isEqualTo("5000.00");
        assertThat(money.path("returned").asText()).isEqualTo("9456.76");
        assertThat(money.path("released").asText()).isEqualTo("0.00");
        assertThat(money.path("held").asText()).isEqualTo("0.00");
        assertThat(money.path("owed").asText()).isEqualTo("0.00");
        assertThat(money.path("unpaid").asText()).isEqualTo("0.00");

        JsonNode first = read.path("tranches").get(0);
        JsonNode second = read.path("tranches").get(1);
        assertThat(first.path("amount").asText()).isEqualTo("74074.06");
        assertThat(first.path("status").asText()).isEqualTo("PAID");
        assertThat(first.path("plannedDate").asText()).isEqualTo("2023-04-01");
        assertThat(first.path("paidOn").asText()).isEqualTo("2023-04-10");
        assertThat(first.path("proposedBy").asText()).isEqualTo(contract.officer().username());
        assertThat(first.path("approvedBy").asText()).isEqualTo(contract.approver().username());
        assertThat(second.path("amount").asText()).as("the last tranche takes the remainder").isEqualTo("49382.72");
        assertThat(second.path("condition").asText()).isEqualTo("MIDTERM_EVALUATION_PASSED");
        assertThat(second.path("plannedDate").asText()).as("halfway through the term").isEqualTo("2023-08-16");
        assertThat(second.path("status").asText()).isEqualTo("PAID");
        assertThat(second.path("paidOn").asText()).isEqualTo("2023-07-25");

        assertThat(lines(read.path("budget"))).containsExactly(
                "personnel budget 60000.00 reported 0.00 accepted 60000.00 rejected 0.00 remaining 0.00",
                "activities budget 50000.00 reported 0.00 accepted 49000.02 rejected 0.00 remaining 999.98",
                "materials budget 13456.78 reported 0.00 accepted 0.00 rejected 1234.56 remaining 13456.78");
        List<String> expenditures = new ArrayList<>();
        read.path("expenditures").forEach(e -> expenditures.add(e.path("category").asText() + " "
                + e.path("amount").asText() + " " + e.path("status").asText()));
        assertThat(expenditures).containsExactly("personnel 30000.01 ACCEPTED", "activities 20000.02 ACCEPTED",
                "materials 1234.56 REJECTED", "personnel 29999.99 ACCEPTED", "activities 29000.00 ACCEPTED");
        assertThat(read.path("expenditures").get(2).path("rejectionReason").asText()).isEqualTo("与项目无关的物资");

        JsonNode claw = read.path("clawbacks").get(0);
        assertThat(claw.path("id").asText()).isEqualTo(clawback);
        assertThat(claw.path("amount").asText()).isEqualTo("5000.00");
        assertThat(claw.path("repaid").asText()).isEqualTo("5000.00");
        assertThat(claw.path("outstanding").asText()).isEqualTo("0.00");
        assertThat(claw.path("lastRepaidOn").asText()).isEqualTo("2023-11-20");
        assertThat(claw.path("overdue").asBoolean()).isFalse();
        assertThat(read.path("milestones")).hasSize(2);
        assertThat(read.path("milestones").get(0).path("milestone").asText()).isEqualTo("MIDTERM_EVALUATION");
        assertThat(read.path("milestones").get(1).path("passed").asBoolean()).isTrue();
        assertThat(read.path("returns")).hasSize(1);
        assertThat(read.path("returns").get(0).path("amount").asText()).isEqualTo("9456.76");

        // the contractor's page shows the same figures
        String page = FormSession.signIn(port, contract.contractor().username(), "correct-horse-battery")
                .get("/app/contracts/" + contract.id()).body();
        assertThat(page).contains("已结项", "123,456.78", "109,000.02", "74,074.06", "49,382.72", "999.98",
                "与项目无关的物资", "未使用的活动经费", "已缴清", "9,456.76", "中期评估", "结项验收", "合格");

        // the read model is the events' copy: rebuilt from them it is the same, row for row
        Answer rebuilt = post("/api/admin/projections/contract-read-model/rebuild-and-compare", "");
        assertThat(rebuilt.status()).as(rebuilt.body().toString()).isEqualTo(200);
        assertThat(rebuilt.body().path("identical").asBoolean()).as(rebuilt.body().toString()).isTrue();
    }

    @Test
    void whatIsHeldAndWhatWaitsForApproval() {
        String organisation = funds.registerOrganisation("和平社工服务中心");
        ContractDriver contract = sign(organisation, "50000.00", "40000.00", "10000.00");
        contract.payTranche(1, LocalDate.of(2023, 4, 10));
        ok(contract.report(contract.contractor(), unique("ex"), "activities", "2500.50", LocalDate.of(2023, 5, 1)), 200);
        ok(contract.milestone("MIDTERM_EVALUATION", true, LocalDate.of(2023, 7, 15)), 200);
        ok(contract.proposeTranche(contract.officer(), 2, LocalDate.of(2023, 7, 20)), 200);
        awaitProjections();

        JsonNode read = ok(contract.officer().get("/api/contracts/" + contract.id()), 200);
        assertThat(read.path("status").asText()).isEqualTo("SIGNED");
        assertThat(read.path("money").path("paid").asText()).isEqualTo("60000.00");
        assertThat(read.path("money").path("held").asText()).as("reported is not yet accepted").isEqualTo("60000.00");
        assertThat(read.path("money").path("unpaid").asText()).isEqualTo("40000.00");
        assertThat(read.path("budget").get(1).path("reported").asText()).isEqualTo("2500.50");
        assertThat(read.path("tranches").get(1).path("status").asText()).isEqualTo("PROPOSED");
        assertThat(read.path("tranches").get(1).path("proposedBy").asText()).isEqualTo(contract.officer().username());

        assertThat(queries.proposalsWaitingFor(HolderId.of(district)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.contractId().value()).isEqualTo(contract.id());
                    assertThat(p.number()).isEqualTo(2);
                    assertThat(p.amount().toString()).isEqualTo("40000.00");
                    assertThat(p.proposedBy()).isEqualTo(contract.officer().username());
                    assertThat(p.organisationName()).isEqualTo("和平社工服务中心");
                });

        ok(contract.approver().post("/api/contracts/" + contract.id() + "/tranches/2/rejection",
                fields("reason", "附件不全")), 200);
        awaitProjections();
        JsonNode rejected = ok(contract.contractor().get("/api/contracts/" + contract.id()), 200).path("tranches").get(1);
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejectionReason").asText()).isEqualTo("附件不全");
        assertThat(rejected.path("rejectedBy").asText()).isEqualTo(contract.approver().username());
        assertThat(queries.proposalsWaitingFor(HolderId.of(district))).isEmpty();

        assertThat(queries.contractsOf(OrganisationId.of(organisation)))
                .extracting(c -> c.id().value()).containsExactly(contract.id());
        assertThat(queries.contractsFundedBy(HolderId.of(district)))
                .extracting(c -> c.id().value()).containsExactly(contract.id());
    }

    @Test
    void eachReaderSeesTheContractsOfTheirOwnScopeOnly() {
        String mine = funds.registerOrganisation("甲社工中心");
        String theirs = funds.registerOrganisation("乙社工中心");
        ContractDriver myContract = sign(mine, "30000.00", "15000.00", "5000.00");
        ContractDriver theirContract = sign(theirs, "20000.00", "15000.00", "5000.00");
        awaitProjections();

        PublicFundsDriver.Actor contractor = myContract.contractor();
        assertThat(contractor.get("/api/contracts/" + myContract.id()).status()).isEqualTo(200);
        assertThat(contractor.get("/api/contracts/" + theirContract.id()).status())
                .as("a contractor of another organisation").isEqualTo(403);
        assertThat(ids(ok(contractor.get("/api/contracts"), 200))).containsExactly(myContract.id());

        PublicFundsDriver.Actor officer = myContract.officer();
        assertThat(ids(ok(officer.get("/api/contracts"), 200))).contains(myContract.id(), theirContract.id())
                .allSatisfy(id -> assertThat(ok(officer.get("/api/contracts/" + id), 200).path("fundingHolder").asText())
                        .isEqualTo(district));
        assertThat(myContract.approver().get("/api/contracts/" + theirContract.id()).status()).isEqualTo(200);

        PublicFundsDriver.Actor otherBureau = funds.officerOf(unique("other-bureau"));
        assertThat(otherBureau.get("/api/contracts/" + myContract.id()).status()).as("another bureau's officer").isEqualTo(403);
        assertThat(ids(ok(otherBureau.get("/api/contracts"), 200))).isEmpty();

        String staff = createUser("CHARITY_STAFF", registerCharity());
        as(staff, "correct-horse-battery");
        assertThat(get("/api/contracts/" + myContract.id()).status()).as("charity staff").isEqualTo(403);
        assertThat(get("/api/contracts").status()).isEqualTo(403);

        as(ADMIN, ADMIN_PASSWORD);
        String auditor = createUser("AUDITOR", null);
        as(auditor, "correct-horse-battery");
        Answer all = get("/api/contracts");
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all.body())).contains(myContract.id(), theirContract.id());
        assertThat(get("/api/contracts/" + unique("no-such")).status()).isEqualTo(404);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    private static List<String> lines(JsonNode budget) {
        List<String> lines = new ArrayList<>();
        budget.forEach(l -> lines.add(l.path("category").asText() + " budget " + l.path("budget").asText()
                + " reported " + l.path("reported").asText() + " accepted " + l.path("accepted").asText()
                + " rejected " + l.path("rejected").asText() + " remaining " + l.path("remaining").asText()));
        return lines;
    }
}
