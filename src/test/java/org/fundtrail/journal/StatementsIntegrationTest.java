package org.fundtrail.journal;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.IntegrationTest;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements read straight from the {@code posting} table. The postings are written here as the journal projection
 * would write them for a small programme, so that every figure can be checked to the fen without the aggregates.
 * The database is shared with every other integration test: ids are unique per test, and the rows go again after it
 * (a journal rebuild elsewhere must find only postings that events explain).
 */
class StatementsIntegrationTest extends IntegrationTest {

    /** Far above any real event's global index, so these rows sort after the real ones and never collide. */
    private static final AtomicLong GLOBAL_INDEX = new AtomicLong(4_000_000_000_000L);

    @Autowired
    Statements statements;

    private final List<String> eventIds = new ArrayList<>();

    private String programme;
    private String contract;
    private String treasury;
    private static final String ROOT = "city-bureau";
    private static final String DISTRICT = "heping-district";

    @BeforeEach
    void ids() {
        // An underscore in the programme id: a LIKE that forgot to escape it would also match the look-alike below.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        programme = "SY_" + suffix;
        contract = unique("C");
        treasury = unique("shenyang");
    }

    @AfterEach
    void removeThePostings() {
        if (!eventIds.isEmpty()) {
            jdbc.sql("DELETE FROM posting WHERE event_id IN (:ids)").param("ids", eventIds).update();
        }
    }

    /**
     * Appropriate 1,000,000.00; allocate 600,000.00 to a district; commit 200,000.00 to a contract; pay 120,000.00;
     * spend 70,000.00 on personnel and 20,000.00 on activities; claw back 30,000.00 of which 10,000.00 is repaid;
     * release 80,000.00 on termination; return 90,000.00 from the district to the root and 50,000.00 from the root to
     * the treasury.
     */
    private void postTheProgramme() {
        String root = channel(ROOT);
        String district = channel(DISTRICT);
        post("FundsAppropriated", "APPROPRIATION", root, "treasury:" + treasury, "1000000.00", "2025-01-10", "A-1");
        post("AllocationApproved", "ALLOCATION", district, root, "600000.00", "2025-01-20", "AL-1");
        post("ContractFunded", "CONTRACT_COMMITMENT", contract("committed"), district, "200000.00", "2025-02-01", null);
        post("TranchePaid", "TRANCHE_PAID", contract("disbursed"), contract("committed"), "120000.00", "2025-02-05", "1");
        post("ExpenditureAccepted", "EXPENDITURE", contract("spent:personnel"), contract("disbursed"), "70000.00", "2025-03-01", "E-1");
        post("ExpenditureAccepted", "EXPENDITURE", contract("spent:activities"), contract("disbursed"), "20000.00", "2025-03-02", "E-2");
        post("ClawbackDemanded", "CLAWBACK_DEMANDED", contract("clawback-due"), contract("disbursed"), "30000.00", "2025-04-01", "CB-1");
        post("ClawbackRepaid", "CLAWBACK_REPAID", district, contract("clawback-due"), "10000.00", "2025-04-15", "CB-1");
        post("ContractTerminated", "COMMITMENT_RELEASED", district, contract("committed"), "80000.00", "2025-05-01", null);
        post("ReturnHopRecorded", "RETURN_HOP", root, district, "90000.00", "2025-05-10", "R-1");
        post("ReturnHopRecorded", "RETURN_TO_TREASURY", "treasury:" + treasury, root, "50000.00", "2025-05-20", "R-1");
    }

    @Test
    void theContractStatementShowsEveryFenAndReconciles() {
        postTheProgramme();

        Statements.ContractStatement statement = statements.contractStatement(ContractId.of(contract)).orElseThrow();

        assertThat(statement.contractId()).isEqualTo(contract);
        assertThat(statement.programmeId()).isEqualTo(programme);
        assertThat(statement.fundingHolder()).isEqualTo(DISTRICT);
        assertThat(statement.asOf()).isNull();
        assertThat(statement.committedIn()).isEqualTo(money("200000.00"));
        assertThat(statement.tranchesPaid()).containsExactly(
                new Statements.TranchePayment(1, money("120000.00"), LocalDate.parse("2025-02-05")));
        assertThat(statement.paid()).isEqualTo(money("120000.00"));
        assertThat(statement.spentByCategory()).containsExactly(
                Map.entry("activities", money("20000.00")), Map.entry("personnel", money("70000.00")));
        assertThat(statement.spent()).isEqualTo(money("90000.00"));
        assertThat(statement.clawbacks()).isEqualTo(new Statements.Clawbacks(money("30000.00"), money("10000.00"),
                money("20000.00"), List.of(new Statements.Clawback("CB-1", money("30000.00"), money("10000.00"), money("20000.00")))));
        assertThat(statement.surplusReturned()).isEqualTo(Money.ZERO);
        assertThat(statement.released()).isEqualTo(money("80000.00"));
        assertThat(statement.balances()).isEqualTo(new Statements.ContractBalances(
                Money.ZERO, Money.ZERO, money("90000.00"), money("20000.00")));
        assertThat(statement.checks()).hasSize(4).allMatch(Statements.Check::holds);
        assertThat(statement.reconciles()).isTrue();
    }

    @Test
    void theProgrammeStatementShowsEveryFenAndReconciles() {
        postTheProgramme();
        // A look-alike programme (X where this one has '_') on another treasury must not leak in.
        String lookAlike = programme.replace('_', 'X');
        post("FundsAppropriated", "APPROPRIATION", "channel:" + lookAlike + ":" + ROOT, "treasury:" + treasury, "1.00", "2025-01-10", "A-9");

        Statements.ProgrammeStatement statement = statements.programmeStatement(ProgrammeId.of(programme)).orElseThrow();

        assertThat(statement.programmeId()).isEqualTo(programme);
        assertThat(statement.appropriated()).isEqualTo(money("1000000.00"));
        assertThat(statement.returnedToTreasury()).isEqualTo(
                new Statements.TreasuryReturns(money("50000.00"), Money.ZERO, money("50000.00")));
        assertThat(statement.holders()).containsExactly(
                new Statements.HolderLine(ROOT, money("1000000.00"), Money.ZERO, money("600000.00"), Money.ZERO,
                        Money.ZERO, Money.ZERO, Money.ZERO, money("90000.00"), Money.ZERO, money("50000.00"),
                        money("440000.00"), true),
                new Statements.HolderLine(DISTRICT, Money.ZERO, money("600000.00"), Money.ZERO, money("200000.00"),
                        money("80000.00"), Money.ZERO, money("10000.00"), Money.ZERO, money("90000.00"), Money.ZERO,
                        money("400000.00"), true));
        assertThat(statement.committedToContracts()).isEqualTo(money("200000.00"));
        assertThat(statement.paidToContractors()).isEqualTo(money("120000.00"));
        assertThat(statement.spentByCategory()).containsExactly(
                Map.entry("activities", money("20000.00")), Map.entry("personnel", money("70000.00")));
        assertThat(statement.spent()).isEqualTo(money("90000.00"));
        assertThat(statement.clawbacks().demanded()).isEqualTo(money("30000.00"));
        assertThat(statement.clawbacks().repaid()).isEqualTo(money("10000.00"));
        assertThat(statement.clawbacks().outstanding()).isEqualTo(money("20000.00"));
        assertThat(statement.surplusReturned()).isEqualTo(Money.ZERO);
        assertThat(statement.released()).isEqualTo(money("80000.00"));
        assertThat(statement.balances()).isEqualTo(new Statements.ProgrammeBalances(
                money("840000.00"), Money.ZERO, Money.ZERO, money("90000.00"), money("20000.00")));
        assertThat(statement.contracts()).containsExactly(new Statements.ContractLine(contract, DISTRICT,
                money("200000.00"), money("120000.00"), money("90000.00"), money("30000.00"), money("10000.00"),
                Money.ZERO, money("80000.00"),
                new Statements.ContractBalances(Money.ZERO, Money.ZERO, money("90000.00"), money("20000.00")), true));
        // 1,000,000.00 − 50,000.00 = 840,000.00 + 0 + 0 + 90,000.00 + 20,000.00
        assertThat(statement.checks()).singleElement().satisfies(check -> {
            assertThat(check.left()).isEqualTo(money("950000.00"));
            assertThat(check.right()).isEqualTo(money("950000.00"));
            assertThat(check.holds()).isTrue();
        });
        assertThat(statement.reconciles()).isTrue();
    }

    @Test
    void aStatementAsOfADateShowsOnlyWhatWasEffectiveThen() {
        postTheProgramme();
        LocalDate asOf = LocalDate.parse("2025-02-10");

        Statements.ContractStatement contractThen = statements.contractStatement(ContractId.of(contract), asOf).orElseThrow();
        Statements.ProgrammeStatement programmeThen = statements.programmeStatement(ProgrammeId.of(programme), asOf).orElseThrow();

        assertThat(contractThen.asOf()).isEqualTo(asOf);
        assertThat(contractThen.paid()).isEqualTo(money("120000.00"));
        assertThat(contractThen.spent()).isEqualTo(Money.ZERO);
        assertThat(contractThen.balances()).isEqualTo(new Statements.ContractBalances(
                money("80000.00"), money("120000.00"), Money.ZERO, Money.ZERO));
        assertThat(contractThen.reconciles()).isTrue();
        assertThat(programmeThen.balances()).isEqualTo(new Statements.ProgrammeBalances(
                money("800000.00"), money("80000.00"), money("120000.00"), Money.ZERO, Money.ZERO));
        assertThat(programmeThen.returnedToTreasury().total()).isEqualTo(Money.ZERO);
        assertThat(programmeThen.reconciles()).isTrue();
        assertThat(statements.programmeStatement(ProgrammeId.of(programme), LocalDate.parse("2025-01-09"))).isEmpty();
    }

    @Test
    void aReturnInALaterBudgetYearIsNonTaxIncome() {
        post("FundsAppropriated", "APPROPRIATION", channel(ROOT), "treasury:" + treasury, "500.00", "2025-01-10", "A-1");
        post("ReturnHopRecorded", "RETURN_TO_TREASURY", "treasury:" + treasury + ":non-tax-income", channel(ROOT),
                "120.50", "2026-02-01", "R-2");

        Statements.ProgrammeStatement statement = statements.programmeStatement(ProgrammeId.of(programme)).orElseThrow();

        assertThat(statement.returnedToTreasury()).isEqualTo(
                new Statements.TreasuryReturns(Money.ZERO, money("120.50"), money("120.50")));
        assertThat(statement.balances().heldByHolders()).isEqualTo(money("379.50"));
        assertThat(statement.reconciles()).isTrue();
    }

    @Test
    void theEndpointsServeTheStatementsAsDecimalStringsToAnySignedInRole() {
        postTheProgramme();
        as(createUser("AUDITOR", null), "correct-horse-battery");

        Answer contractAnswer = get("/api/contracts/" + contract + "/statement");
        Answer programmeAnswer = get("/api/programmes/" + programme + "/statement?asOf=2025-12-31");

        assertThat(contractAnswer.status()).as(contractAnswer.body().toString()).isEqualTo(200);
        JsonNode body = contractAnswer.body();
        assertThat(body.path("committedIn").isTextual()).isTrue();
        assertThat(body.path("committedIn").asText()).isEqualTo("200000.00");
        assertThat(body.path("tranchesPaid").get(0).path("number").asInt()).isEqualTo(1);
        assertThat(body.path("tranchesPaid").get(0).path("amount").asText()).isEqualTo("120000.00");
        assertThat(body.path("spentByCategory").path("personnel").asText()).isEqualTo("70000.00");
        assertThat(body.path("balances").path("clawbackDue").asText()).isEqualTo("20000.00");
        assertThat(body.path("balances").path("committed").asText()).isEqualTo("0.00");
        assertThat(body.path("reconciles").asBoolean()).isTrue();

        assertThat(programmeAnswer.status()).as(programmeAnswer.body().toString()).isEqualTo(200);
        assertThat(programmeAnswer.text("appropriated")).isEqualTo("1000000.00");
        assertThat(programmeAnswer.body().path("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(programmeAnswer.body().path("balances").path("heldByHolders").asText()).isEqualTo("840000.00");
        assertThat(programmeAnswer.body().path("reconciles").asBoolean()).isTrue();
    }

    @Test
    void nothingPostedIsA404ProblemAndStrangersGetNothing() {
        Answer contractAnswer = get("/api/contracts/" + contract + "/statement");
        Answer programmeAnswer = get("/api/programmes/" + programme + "/statement");
        Answer badId = get("/api/programmes/no:such/statement");

        assertThat(contractAnswer.status()).isEqualTo(404);
        assertThat(contractAnswer.raw().headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(contractAnswer.text("code")).isEqualTo("NOT_FOUND");
        assertThat(programmeAnswer.status()).isEqualTo(404);
        assertThat(programmeAnswer.text("code")).isEqualTo("NOT_FOUND");
        assertThat(badId.status()).isEqualTo(400);

        postTheProgramme();
        Answer anonymous = anonymous(HttpRequest.newBuilder(uri("/api/programmes/" + programme + "/statement")).GET());
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private String channel(String holder) {
        return "channel:" + programme + ":" + holder;
    }

    private String contract(String account) {
        return "contract:" + contract + ":" + account;
    }

    /** One posting, as the journal projection writes it for a one-leg event. */
    private void post(String eventType, String code, String debit, String credit, String amount, String effectiveDate,
                      String reference) {
        String eventId = UUID.randomUUID().toString();
        eventIds.add(eventId);
        jdbc.sql("""
                        INSERT INTO posting (event_id, leg, global_index, event_type, debit_account, credit_account,
                                             amount, code, effective_date, recorded_at, reference)
                        VALUES (:eventId, 1, :globalIndex, :eventType, :debit, :credit, :amount, :code, :effectiveDate,
                                :recordedAt, :reference)""")
                .param("eventId", eventId)
                .param("globalIndex", GLOBAL_INDEX.incrementAndGet())
                .param("eventType", eventType)
                .param("debit", debit)
                .param("credit", credit)
                .param("amount", money(amount).fen())
                .param("code", code)
                .param("effectiveDate", LocalDate.parse(effectiveDate))
                .param("recordedAt", Timestamp.from(Instant.now()))
                .param("reference", reference, Types.VARCHAR)
                .update();
    }

    private static Money money(String amount) {
        return Money.parse(amount);
    }
}
