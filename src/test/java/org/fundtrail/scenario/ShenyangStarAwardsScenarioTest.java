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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.assertConservation;
import static org.fundtrail.scenario.PublicFundsDriver.assertProblem;
import static org.fundtrail.scenario.PublicFundsDriver.holderLine;
import static org.fundtrail.scenario.PublicFundsDriver.sum;
import static org.fundtrail.scenario.PublicFundsDriver.unique;

/**
 * Shenyang 2023 star-community awards (seed 004, policy {@code shenyang-2023}), end to end over the REST API.
 *
 * <p>The city appropriates exactly 30,000,000.00 and passes it down to three districts, one of which passes half of
 * its share on to a street; the districts and the street sign the 350 award contracts the seed names (50 five-star at
 * 200,000.00, 100 four-star at 100,000.00, 200 three-star at 50,000.00), which commit every fen: every holder ends
 * at 0.00. Along the way: an award that does not follow the rating, a budget with an evaluation fee, and an
 * evaluation fee reported as spending are refused and leave nothing behind.
 */
class ShenyangStarAwardsScenarioTest extends IntegrationTest {

    private static final LocalDate APPROPRIATED = LocalDate.of(2023, 3, 1);
    private static final LocalDate ALLOCATED = LocalDate.of(2023, 3, 15);
    private static final LocalDate ALLOCATED_TO_STREET = LocalDate.of(2023, 3, 20);
    private static final LocalDate SIGNED = LocalDate.of(2023, 4, 10);
    private static final LocalDate START = LocalDate.of(2023, 5, 1);
    private static final LocalDate END = LocalDate.of(2023, 12, 31);

    private PublicFundsDriver funds;

    private String city;
    private String heping;
    private String shenhe;
    private String tiexi;
    private String xinghua;
    private String contractPrefix;

    @BeforeEach
    void driver() {
        funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        city = unique("sy-city");
        heping = unique("sy-heping");
        shenhe = unique("sy-shenhe");
        tiexi = unique("sy-tiexi");
        xinghua = unique("sy-tiexi-xinghua");
        contractPrefix = unique("sy");
    }

    @Test
    void thirtyMillionInStarAwardsIsCommittedToTheFen() throws Exception {
        long started = System.nanoTime();
        ProgrammeDriver sy = funds.createProgramme("shenyang-2023", "2023年沈阳市星级社区“以奖代补”专项资金",
                unique("shenyang-treasury"), city, "沈阳市民政局", 2023, APPROPRIATED);
        sy.appropriate("30000000.00", APPROPRIATED);

        // city → three districts; Tiexi passes half of its share on to one street (街道), which signs its own contracts
        sy.allocate(city, heping, "和平区民政局", "10000000.00", ALLOCATED)
                .allocate(city, shenhe, "沈河区民政局", "10000000.00", ALLOCATED)
                .allocate(city, tiexi, "铁西区民政局", "10000000.00", ALLOCATED)
                .allocate(tiexi, xinghua, "铁西区兴华街道", "5000000.00", ALLOCATED_TO_STREET);
        assertThat(sy.available(city)).isEqualTo("0.00");
        assertThat(sy.available(tiexi)).isEqualTo("5000000.00");

        List<String> organisations = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            organisations.add(funds.registerOrganisation("沈阳市社会工作服务中心" + i));
        }

        // ---- refused contracts leave nothing behind ----------------------------------------------------------------
        ContractSpec wrongAward = award(sy, heping, "和平区", "FIVE_STAR", 1, organisations.get(0)).id(unique("sy-refused"))
                .amount("100000.00")
                .budget("personnel", "60000.00").budget("activities", "40000.00");
        assertProblem(wrongAward.trySign(), 422, "AMOUNT_NOT_AS_POLICY");
        assertNothingRecorded(sy, wrongAward, heping, "10000000.00");

        ContractSpec fourStarAsFive = award(sy, shenhe, "沈河区", "FOUR_STAR", 1, organisations.get(1)).id(unique("sy-refused"))
                .amount("200000.00")
                .budget("personnel", "200000.00");
        assertProblem(fourStarAsFive.trySign(), 422, "AMOUNT_NOT_AS_POLICY");
        assertNothingRecorded(sy, fourStarAsFive, shenhe, "10000000.00");

        // "评估经费不可使用“以奖代补”专项资金": the earmark (FundContract) passed, the signature (SignContract) did not;
        // both commit together or not at all
        ContractSpec evaluationFee = award(sy, heping, "和平区", "FIVE_STAR", 1, organisations.get(0)).id(unique("sy-refused"))
                .amount("200000.00")
                .budget("personnel", "100000.00").budget("activities", "90000.00").budget("evaluation-fee", "10000.00");
        assertProblem(evaluationFee.trySign(), 422, "FORBIDDEN_CATEGORY");
        assertNothingRecorded(sy, evaluationFee, heping, "10000000.00");

        // ---- the 350 awards, one after the other (see contractsSignedAtTheSameTimeAreAllRecorded for why not in parallel)
        long signing = System.nanoTime();
        List<ContractSpec> awards = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            awards.add(award(sy, heping, "和平区", "FIVE_STAR", i, organisations.get(i % 6)).amount("200000.00")
                    .budget("personnel", "80000.00").budget("activities", "70000.00").budget("materials", "30000.00")
                    .budget("publicity", "20000.00"));
        }
        for (int i = 1; i <= 100; i++) {
            awards.add(award(sy, shenhe, "沈河区", "FOUR_STAR", i, organisations.get(i % 6)).amount("100000.00")
                    .budget("personnel", "40000.00").budget("activities", "40000.00").budget("training", "20000.00"));
        }
        for (int i = 1; i <= 200; i++) {
            String holder = i <= 100 ? tiexi : xinghua;
            awards.add(award(sy, holder, "铁西区", "THREE_STAR", i, organisations.get(i % 6)).amount("50000.00")
                    .budget("activities", "30000.00").budget("materials", "15000.00").budget("venue", "5000.00"));
        }
        Collections.shuffle(awards, new java.util.Random(2023));
        List<ContractDriver> signed = signAll(awards);
        long signedIn = System.nanoTime() - signing;
        assertThat(signed).hasSize(350);

        // every holder has committed all it had: nothing is left to allocate or to sign
        for (String holder : List.of(city, heping, shenhe, tiexi, xinghua)) {
            JsonNode line = sy.holder(holder);
            assertThat(line.path("available").asText()).as("available at %s", holder).isEqualTo("0.00");
            assertThat(line.path("returnDue").asText()).as("return-due at %s", holder).isEqualTo("0.00");
        }
        ContractSpec oneMore = award(sy, xinghua, "铁西区", "THREE_STAR", 201, organisations.get(0)).id(unique("sy-refused"))
                .amount("50000.00")
                .budget("activities", "50000.00");
        assertProblem(oneMore.trySign(), 422, "EXCEEDS_HOLDER_BALANCE");

        // ---- an evaluation fee reported as spending on a signed award --------------------------------------------
        ContractDriver fiveStar = signed.stream().filter(c -> c.fundingHolder().equals(heping)).findFirst().orElseThrow();
        assertProblem(fiveStar.report(fiveStar.contractor(), unique("ex"), "evaluation-fee", "5000.00", END), 422,
                "FORBIDDEN_CATEGORY");
        // an officer of the funding district may report for the contractor: the rule is the same
        assertProblem(fiveStar.report(fiveStar.officer(), unique("ex"), "evaluation-fee", "5000.00", END), 422,
                "FORBIDDEN_CATEGORY");

        // ---- the programme statement ------------------------------------------------------------------------------
        awaitProjections();
        JsonNode statement = sy.statement();
        assertThat(statement.path("appropriated").asText()).isEqualTo("30000000.00");
        assertThat(statement.path("committedToContracts").asText()).isEqualTo("30000000.00");
        assertThat(statement.path("paidToContractors").asText()).isEqualTo("0.00");
        assertThat(statement.path("spent").asText()).isEqualTo("0.00");
        assertThat(statement.path("returnedToTreasury").path("total").asText()).isEqualTo("0.00");
        assertThat(statement.path("contracts")).hasSize(350);
        assertThat(statement.path("balances").path("heldByHolders").asText()).isEqualTo("0.00");
        assertThat(statement.path("balances").path("committed").asText()).isEqualTo("30000000.00");
        Map<String, String> committedBy = new java.util.TreeMap<>();
        for (JsonNode contract : statement.path("contracts")) {
            committedBy.merge(contract.path("fundingHolder").asText(), contract.path("committedIn").asText(),
                    (a, b) -> sum(List.of(a, b)));
        }
        assertThat(committedBy).containsExactlyInAnyOrderEntriesOf(Map.of(heping, "10000000.00", shenhe, "10000000.00",
                tiexi, "5000000.00", xinghua, "5000000.00"));
        assertThat(statement.path("holders")).hasSize(5);
        for (JsonNode holder : statement.path("holders")) {
            assertThat(holder.path("held").asText()).as("held at %s", holder.path("holder")).isEqualTo("0.00");
            assertThat(holder.path("reconciles").asBoolean()).as("holder %s reconciles", holder).isTrue();
        }
        JsonNode cityLine = holderLine(statement, city);
        assertThat(cityLine.path("appropriated").asText()).isEqualTo("30000000.00");
        assertThat(cityLine.path("allocatedOut").asText()).isEqualTo("30000000.00");
        JsonNode tiexiLine = holderLine(statement, tiexi);
        assertThat(tiexiLine.path("allocatedIn").asText()).isEqualTo("10000000.00");
        assertThat(tiexiLine.path("allocatedOut").asText()).isEqualTo("5000000.00");
        assertThat(tiexiLine.path("committedToContracts").asText()).isEqualTo("5000000.00");
        assertThat(statement.path("reconciles").asBoolean()).as("programme statement reconciles: %s",
                statement.path("checks")).isTrue();

        // ---- the journal says the same, to the fen ---------------------------------------------------------------
        assertThat(funds.journalBalance("treasury:" + sy.treasury())).isEqualTo("-30000000.00");
        Map<String, String> channel = funds.journalBalances("channel:" + sy.id() + ":");
        assertThat(channel).hasSize(5).allSatisfy((account, balance) -> assertThat(balance).as(account).isEqualTo("0.00"));
        Map<String, String> contracts = funds.journalBalances("contract:" + contractPrefix + "-");
        assertThat(contracts.keySet()).allSatisfy(account -> assertThat(account).endsWith(":committed"));
        assertThat(contracts).hasSize(350);
        assertThat(sum(contracts.values())).isEqualTo("30000000.00");
        JsonNode oneAward = fiveStar.statement();
        assertThat(oneAward.path("committedIn").asText()).isEqualTo("200000.00");
        assertThat(oneAward.path("balances").path("committed").asText()).isEqualTo("200000.00");
        assertThat(oneAward.path("reconciles").asBoolean()).isTrue();
        assertConservation(funds.conservation());

        System.out.printf("[scenario] Shenyang: 350 contracts signed in %d ms, whole scenario %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(signedIn), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertThat(Duration.ofNanos(signedIn)).as("350 contracts over HTTP").isLessThan(Duration.ofSeconds(45));
    }

    /**
     * Districts sign at the same time: two district bureaus, four threads, 40 three-star awards of 50,000.00 that use
     * up their 2,000,000.00 exactly. Each signature is a command on the programme's one aggregate (FundContract) and
     * one on a new Contract, in one transaction; every one must be recorded, none refused for the others' sake.
     */
    @Test
    void contractsSignedAtTheSameTimeAreAllRecorded() throws Exception {
        ProgrammeDriver sy = funds.createProgramme("shenyang-2023", "2023年沈阳市星级社区“以奖代补”专项资金(并发)",
                unique("shenyang-treasury"), city, "沈阳市民政局", 2023, APPROPRIATED);
        sy.appropriate("2000000.00", APPROPRIATED)
                .allocate(city, heping, "和平区民政局", "1000000.00", ALLOCATED)
                .allocate(city, shenhe, "沈河区民政局", "1000000.00", ALLOCATED);
        String organisation = funds.registerOrganisation("沈阳市社区服务中心(并发)");
        List<ContractSpec> awards = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            awards.add(award(sy, i % 2 == 0 ? heping : shenhe, i % 2 == 0 ? "和平区" : "沈河区", "THREE_STAR", i, organisation)
                    .amount("50000.00").budget("activities", "50000.00"));
        }

        List<Answer> answers = signConcurrently(awards, 4);

        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
        Answer firstFailure = answers.stream().filter(a -> a.status() != 201).findFirst().orElse(null);
        assertThat(statuses).as("statuses of 40 POST /api/contracts from 4 threads on one programme; first failure: %s",
                firstFailure == null ? null : firstFailure.body()).isEqualTo(Map.of(201, 40L));
        assertThat(sy.available(heping)).isEqualTo("0.00");
        assertThat(sy.available(shenhe)).isEqualTo("0.00");
    }

    /** A star-award contract for one community, with the usage plan its rating asks for (3 basic + 6/4/1 elective). */
    private ContractSpec award(ProgrammeDriver sy, String holder, String district, String rating, int number,
                               String organisation) {
        int electives = switch (rating) {
            case "FIVE_STAR" -> 6;
            case "FOUR_STAR" -> 4;
            default -> 1;
        };
        return sy.contract().id(contractPrefix + "-" + rating.toLowerCase().replace("_star", "") + "-" + number)
                .fundedBy(holder).with(organisation)
                .forCommunity(district + rating + "社区" + number, district, 2023)
                .rating(rating).usagePlan(3, electives)
                .runs(START, END).signedOn(SIGNED);
    }

    /** Signs every contract, one after the other; each must be accepted. */
    private static List<ContractDriver> signAll(List<ContractSpec> specs) {
        List<ContractDriver> signed = new ArrayList<>();
        long lap = System.nanoTime();
        for (ContractSpec spec : specs) {
            signed.add(spec.sign());
            if (signed.size() % 50 == 0) {
                System.out.printf("[scenario] Shenyang: contracts %d–%d signed in %d ms%n", signed.size() - 49, signed.size(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lap));
                lap = System.nanoTime();
            }
        }
        return signed;
    }

    /** Sends every signature from {@code threads} threads at once; answers each request's answer, in order. */
    private static List<Answer> signConcurrently(List<ContractSpec> specs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (ContractSpec spec : specs) {
                futures.add(pool.submit(spec::trySign));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A refused contract: no statement, no contract accounts, and its holder has what it had. */
    private void assertNothingRecorded(ProgrammeDriver sy, ContractSpec refused, String holder, String available) {
        assertThat(sy.available(holder)).as("available at %s after refusing %s", holder, refused.id()).isEqualTo(available);
        awaitProjections();
        assertThat(funds.journalBalances("contract:" + refused.id() + ":")).as("journal accounts of %s", refused.id()).isEmpty();
        Answer statement = funds.admin().get("/api/contracts/" + refused.id() + "/statement");
        assertThat(statement.status()).as("statement of %s: %s", refused.id(), statement.body()).isEqualTo(404);
    }
}
