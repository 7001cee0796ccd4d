package org.fundtrail.transparency;

import org.fundtrail.IntegrationTest;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.infra.RebuildComparison;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.transparency.PublicFacts.ContractDetail;
import org.fundtrail.transparency.PublicFacts.Donation;
import org.fundtrail.transparency.PublicFacts.FundDetail;
import org.fundtrail.transparency.PublicFacts.ProgrammeDetail;
import org.fundtrail.transparency.PublicFacts.Tranche;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The public read model, fed by the REST API, read through {@link PublicQueries}: the facts to the fen, no one named. */
class PublicReadModelIntegrationTest extends IntegrationTest {

    private static PublicSeed.Seeded seeded;

    @Autowired
    PublicQueries queries;
    @Autowired
    RebuildComparison rebuilds;

    @BeforeEach
    void seed() throws InterruptedException {
        if (seeded == null) {
            seeded = PublicSeed.plant(new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD));
        }
        assertThat(projections.awaitCaughtUp("public-read-model", Duration.ofSeconds(60)).caughtUp()).isTrue();
    }

    @Test
    void aProgrammeShowsItsMoneyAtEveryStageToTheFen() {
        ProgrammeDetail detail = eventually(() -> queries.programme(ProgrammeId.of(seeded.programmeId())),
                d -> d.isPresent() && d.get().programme().paid().fen() == 104_074_06L).orElseThrow();

        assertThat(detail.programme().name()).isEqualTo(seeded.programmeName());
        assertThat(detail.programme().fiscalYear()).isEqualTo(2026);
        assertThat(detail.programme().rootHolderName()).isEqualTo("盘锦市民政局");
        assertThat(List.of(detail.programme().appropriated(), detail.programme().allocated(), detail.programme().paid(),
                detail.programme().spent(), detail.programme().clawedBack(), detail.programme().returned()))
                .containsExactly(yuan("500000.00"), yuan("400000.00"), yuan("104074.06"), yuan("42345.67"),
                        yuan("400.00"), yuan("0.00"));
        assertThat(detail.allocations())
                .extracting(a -> a.fromName(), a -> a.toName(), a -> a.amount(), a -> a.approvedOn())
                .containsExactlyInAnyOrder(
                        tuple("盘锦市民政局", "双台子区民政局", yuan("300000.00"), LocalDate.of(2026, 2, 10)),
                        tuple("盘锦市民政局", "兴隆台区民政局", yuan("100000.00"), LocalDate.of(2026, 2, 11)));
        assertThat(detail.contracts()).extracting(c -> c.community(), c -> c.status(), c -> c.amount())
                .containsExactlyInAnyOrder(
                        tuple("双台子区红旗街道胜利社区", "SIGNED", yuan("123456.78")),
                        tuple("兴隆台区兴盛街道和平社区", "TERMINATED", yuan("50000.00")));
    }

    @Test
    void aContractShowsTranchesExpenditureClawbacksReturnsAndEvaluations() {
        ContractDetail detail = eventually(() -> queries.contract(ContractId.of(seeded.contractId())),
                d -> d.isPresent() && d.get().contract().tranches().stream().anyMatch(t -> t.status().equals("DUE")))
                .orElseThrow();

        assertThat(detail.contract().organisation()).isEqualTo(seeded.organisationName());
        assertThat(detail.contract().programmeName()).isEqualTo(seeded.programmeName());
        // 60% of 123,456.78 rounded down to the fen; the last tranche takes the remainder
        assertThat(detail.contract().tranches())
                .extracting(Tranche::number, Tranche::amount, Tranche::condition, Tranche::plannedOn, Tranche::status, Tranche::paidOn)
                .containsExactly(
                        tuple(1, yuan("74074.06"), "CONTRACT_SIGNED", LocalDate.of(2026, 3, 1), "PAID", LocalDate.of(2026, 3, 10)),
                        tuple(2, yuan("49382.72"), "MIDTERM_EVALUATION_PASSED", LocalDate.of(2026, 7, 31), "DUE", null));
        assertThat(detail.contract().evaluations()).extracting(e -> e.milestone(), e -> e.passed(), e -> e.recordedOn())
                .containsExactly(tuple("MIDTERM_EVALUATION", true, LocalDate.of(2026, 7, 30)));
        assertThat(detail.categories()).extracting(c -> c.category(), c -> c.budget(), c -> c.spent())
                .containsExactly(
                        tuple("personnel", yuan("60000.00"), yuan("30000.00")),
                        tuple("activities", yuan("43456.78"), yuan("12345.67")),
                        tuple("materials", yuan("20000.00"), yuan("0.00")));
        assertThat(detail.clawbacks()).extracting(c -> c.amount(), c -> c.repaid(), c -> c.outstanding(), c -> c.fraud())
                .containsExactly(tuple(yuan("1000.00"), yuan("400.00"), yuan("600.00"), false));
        assertThat(detail.returns()).extracting(r -> r.amount(), r -> r.returnedOn())
                .containsExactly(tuple(yuan("500.00"), LocalDate.of(2026, 9, 1)));
        assertThat(detail.fraudFindings()).isEmpty();
    }

    @Test
    void aPublishedFraudFindingShowsTheFactTheMoneyAndTheDebarmentButNotItsText() {
        ContractDetail detail = eventually(() -> queries.contract(ContractId.of(seeded.fraudContractId())),
                d -> d.isPresent() && !d.get().fraudFindings().isEmpty()).orElseThrow();

        assertThat(detail.fraudFindings()).extracting(f -> f.foundOn(), f -> f.amount(), f -> f.debarredUntil())
                .containsExactly(tuple(LocalDate.of(2026, 6, 1), yuan("30000.00"), LocalDate.of(2029, 6, 1)));
        assertThat(detail.contract().status()).isEqualTo("TERMINATED");
        assertThat(detail.contract().tranches()).extracting(Tranche::status).containsExactly("PAID", "CANCELLED");
        assertThat(detail.clawbacks()).extracting(c -> c.amount(), c -> c.fraud())
                .containsExactly(tuple(yuan("30000.00"), true));
    }

    @Test
    void aFundShowsDonorsMaskedUnlessTheyConsentedAndAnonymousOnesNeverNamed() {
        FundDetail detail = eventually(() -> queries.fund(FundId.of(seeded.fundId())),
                d -> d.isPresent() && d.get().grants().size() == 1 && d.get().grants().get(0).paid().isPositive())
                .orElseThrow();

        assertThat(detail.fund().charity()).isEqualTo(seeded.charityName());
        assertThat(detail.fund().raisedCash()).isEqualTo(yuan("22723.45"));
        assertThat(detail.fund().raisedInKind()).isEqualTo(yuan("10955.00"));
        assertThat(detail.fund().raised()).isEqualTo(yuan("33678.45"));
        assertThat(detail.fund().percentOfTarget()).isEqualTo(67);
        assertThat(detail.donationCount()).isEqualTo(5);
        assertThat(detail.donations())
                .extracting(Donation::donorDisplay, Donation::anonymous, Donation::amount, Donation::purpose)
                .containsExactly(
                        tuple("Z*", false, yuan("100.01"), null),
                        tuple("王五", false, yuan("888.88"), "助学"),
                        tuple(null, true, yuan("500.00"), null),
                        tuple("欧*", false, yuan("20000.00"), "助老"),
                        tuple("张*", false, yuan("1234.56"), null));
        assertThat(detail.inKind()).extracting(Donation::donorDisplay, Donation::valuationBasis, Donation::amount,
                        Donation::itemValues)
                .containsExactly(tuple("盘*", "INVOICE", yuan("10955.00"), List.of(yuan("8550.00"), yuan("2405.00"))));
        assertThat(detail.grants()).extracting(g -> g.purpose(), g -> g.amount(), g -> g.paid(), g -> g.awardedOn())
                .containsExactly(tuple("助老", yuan("5000.00"), yuan("2000.00"), LocalDate.of(2026, 4, 1)));
    }

    /** Every row of every public table, as text: no donor name without consent, no phone, no free text from events. */
    @Test
    void noPublicTableHoldsANameWithoutConsentAPhoneNumberOrAnEventsFreeText() {
        eventually(() -> queries.fund(FundId.of(seeded.fundId())), Optional::isPresent);
        StringBuilder rows = new StringBuilder();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'public\\_%'")
                .query(String.class).list()) {
            jdbc.sql("SELECT row_to_json(t)::text FROM " + table + " t").query(String.class).list()
                    .forEach(row -> rows.append(row).append('\n'));
        }
        assertThat(rows.toString())
                .contains("张*", "欧*", "王五", "Z*")
                .doesNotContain(PublicSeed.MASKED_DONOR, PublicSeed.MASKED_DONOR_2, PublicSeed.ANONYMOUS_DONOR,
                        PublicSeed.LATIN_DONOR, PublicSeed.COMPANY_DONOR, PublicSeed.DONOR_PHONE, "13800000000",
                        PublicSeed.FRAUD_TEXT, "赵六", "大米", "发票");
    }

    @Test
    void theRebuiltModelIsIdenticalToTheLiveOne() throws InterruptedException {
        eventually(() -> queries.fund(FundId.of(seeded.fundId())), Optional::isPresent);
        RebuildComparison.Report report = rebuilds.rebuildAndCompare("public-read-model");
        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(report.tables()).filteredOn(t -> t.table().equals("public_donation"))
                .allSatisfy(t -> assertThat(t.rebuiltRows()).isGreaterThanOrEqualTo(6));
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }

    /** The projection and the few seconds' cache both lag; poll until the answer is the expected one. */
    private static <T> T eventually(Supplier<T> read, Predicate<T> done) {
        return PublicFundsDriver.await("the public read model", Duration.ofSeconds(30), read, done);
    }
}
