package org.fundtrail.audit.exceptions;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.fundtrail.contract.api.BudgetLine;
import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackId;
import org.fundtrail.contract.api.ClawbackOverdue;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractSigned;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.ExpenditureAccepted;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.contract.api.Milestone;
import org.fundtrail.contract.api.MilestoneRecorded;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.contract.api.Tranche;
import org.fundtrail.contract.api.TranchePaid;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.FundraisingFloorReport;
import org.fundtrail.fund.api.FundraisingFloorReport.FloorStanding;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.PaymentChannel;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.TrancheCondition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception report's projection and checks, fed events directly (as the processor would, in order) on a real
 * PostgreSQL with the real migrations. Kinds 1 and 2 cannot be produced through the API, since the aggregates refuse
 * them; that is what makes them an independent check. Every kind has its negative case next to it.
 */
class ExceptionReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;

    private final List<FloorStanding> floorLines = new ArrayList<>();
    private AuditExceptionsProjection projection;
    private ExceptionReport report;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void emptyModel() {
        projection = new AuditExceptionsProjection(jdbc);
        projection.reset();
        jdbc.sql("TRUNCATE posting").update();
        report = new ExceptionReport(jdbc, new Policies(), (policyId, year) -> floorLines.stream()
                .filter(l -> l.policyId().equals(policyId)).toList());
    }

    // -----------------------------------------------------------------------------------------------------------------
    // 1. Tranches paid without their condition

    @Test
    void aTranchePaidBeforeItsEvaluationPassedIsReported_theFirstTrancheAfterSigningIsNot() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        String paid = pay(c, 2, "40000.00", LocalDate.of(2026, 6, 1));

        List<ExceptionFinding> findings = findings(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION);
        assertThat(findings).hasSize(1);
        ExceptionFinding finding = findings.get(0);
        assertThat(finding.subject()).isEqualTo("contract:" + c.value());
        assertThat(finding.amount()).isEqualTo(Money.parse("40000.00"));
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.reference()).isEqualTo(paid);
        assertThat(finding.effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(finding.detail()).contains("Tranche 2", "MIDTERM_EVALUATION_PASSED", "not on record");
        assertThat(finding.detailZh()).contains("第2期", "中期评估合格", "尚未记录");
    }

    @Test
    void aTranchePaidAfterItsEvaluationPassedIsNotReported() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        milestone(c, Milestone.MIDTERM_EVALUATION, true, LocalDate.of(2026, 5, 20));
        pay(c, 2, "40000.00", LocalDate.of(2026, 6, 1));

        assertThat(findings(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION)).isEmpty();
    }

    @Test
    void aTranchePaidAfterAFailedEvaluationIsReportedEvenIfALaterOnePassed() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        milestone(c, Milestone.MIDTERM_EVALUATION, false, LocalDate.of(2026, 5, 20));
        milestone(c, Milestone.MIDTERM_EVALUATION, true, LocalDate.of(2026, 5, 30));
        pay(c, 2, "40000.00", LocalDate.of(2026, 6, 1));

        List<ExceptionFinding> findings = findings(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.detail()).contains("after the MIDTERM_EVALUATION failed (2026-05-20)").doesNotContain("not on record");
            assertThat(f.detailZh()).contains("中期评估已不合格");
        });
    }

    @Test
    void anEvaluationRecordedOnlyAfterThePaymentDoesNotMakeItRight() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 2, "40000.00", LocalDate.of(2026, 6, 1));
        milestone(c, Milestone.MIDTERM_EVALUATION, true, LocalDate.of(2026, 5, 20)); // back-dated, after the fact

        assertThat(findings(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION)).hasSize(1);
    }

    @Test
    void aTrancheOutsideThePlanIsReported() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 3, "1000.00", LocalDate.of(2026, 6, 1));

        assertThat(findings(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("not in the contract's tranche plan"));
    }

    @Test
    void aPaymentEffectiveAfterTheReportDateIsNotInIt() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 2, "40000.00", LocalDate.of(2026, 6, 1));

        assertThat(report.findings(LocalDate.of(2026, 5, 31), 30, Set.of(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION))).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // 2. Expenditure in forbidden categories

    @Test
    void anExpenditureInAForbiddenCategoryIsReported_oneInAnAllowedCategoryIsNot() {
        ContractId c = signShenyang(LocalDate.of(2026, 12, 31));
        milestone(c, Milestone.FINAL_ACCEPTANCE, true, LocalDate.of(2026, 6, 1));
        pay(c, 1, "50000.00", LocalDate.of(2026, 6, 2));
        String forbidden = accept(c, "ex-eval", "evaluation-fee", "3000.00", LocalDate.of(2026, 6, 10));
        accept(c, "ex-staff", "personnel", "20000.00", LocalDate.of(2026, 6, 10));

        List<ExceptionFinding> findings = findings(ExceptionKind.FORBIDDEN_CATEGORY_EXPENDITURE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("contract:" + c.value());
            assertThat(f.amount()).isEqualTo(Money.parse("3000.00"));
            assertThat(f.reference()).isEqualTo(forbidden);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.detail()).contains("ex-eval", "evaluation-fee", "shenyang-2023");
            assertThat(f.detailZh()).contains("禁止列支");
        });
        assertThat(findings(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION)).isEmpty();
    }

    @Test
    void aCategoryForbiddenByAnotherContractsPolicyIsNotReported() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31)); // Panjin forbids nothing
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        accept(c, "ex-eval", "evaluation-fee", "3000.00", LocalDate.of(2026, 6, 10));

        assertThat(findings(ExceptionKind.FORBIDDEN_CATEGORY_EXPENDITURE)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // 3. Overdue clawbacks

    @Test
    void aClawbackPastItsDueDateWithMoneyOwedIsReportedWithWhatIsOutstanding() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        clawback(c, "cb-late", "5000.00", LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 1));
        repay(c, "cb-late", "2000.00", "3000.00", LocalDate.of(2026, 10, 20));

        assertThat(findings(ExceptionKind.OVERDUE_CLAWBACK)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("contract:" + c.value());
            assertThat(f.reference()).isEqualTo("cb-late");
            assertThat(f.amount()).isEqualTo(Money.parse("3000.00"));
            assertThat(f.effectiveDate()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(f.detail()).contains("3000.00 is still outstanding", "27 days late");
            assertThat(f.detailZh()).contains("尚欠3000.00元");
        });
    }

    @Test
    void aClawbackRepaidInFullOrNotYetDueIsNotReported() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        clawback(c, "cb-repaid", "5000.00", LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 1));
        repay(c, "cb-repaid", "5000.00", "0.00", LocalDate.of(2026, 10, 30));
        clawback(c, "cb-not-due", "1000.00", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 1));

        assertThat(findings(ExceptionKind.OVERDUE_CLAWBACK)).isEmpty();
        // as of a date before the first was due, it was not overdue then either
        assertThat(report.findings(LocalDate.of(2026, 10, 15), 30, Set.of(ExceptionKind.OVERDUE_CLAWBACK))).isEmpty();
    }

    @Test
    void aClawbackFlaggedOverdueByTheWatchIsReportedWhileMoneyIsOwed() {
        ContractId c = signPanjin(LocalDate.of(2026, 12, 31));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        LocalDate due = AS_OF;
        clawback(c, "cb-flagged", "5000.00", due, LocalDate.of(2026, 11, 1));
        projection.on(new ClawbackOverdue(c, ClawbackId.of("cb-flagged"), Money.parse("5000.00"), due),
                Instant.parse("2026-11-26T16:00:01Z")); // 00:00:01 on the 27th in Beijing

        assertThat(findings(ExceptionKind.OVERDUE_CLAWBACK)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("flagged it overdue"));
        assertThat(report.findings(LocalDate.of(2026, 11, 26), 30, Set.of(ExceptionKind.OVERDUE_CLAWBACK))).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // 4. Contracts past their end with money held

    @Test
    void aContractPastItsEndThatStillHoldsMoneyIsReportedWithWhatItHolds() {
        ContractId c = signPanjin(LocalDate.of(2026, 6, 30));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        accept(c, "ex-1", "personnel", "10000.00", LocalDate.of(2026, 5, 10));
        clawback(c, "cb-1", "5000.00", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 1));
        // committed 40000 + disbursed 60000 - 10000 - 5000 = 45000 + clawback due 5000 = 90000
        assertThat(findings(ExceptionKind.CONTRACT_PAST_END_WITH_MONEY)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("contract:" + c.value());
            assertThat(f.amount()).isEqualTo(Money.parse("90000.00"));
            assertThat(f.effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.detail()).contains("committed 40000.00", "disbursed and not accounted for 45000.00", "clawback due 5000.00");
        });
        // on its last day it had not yet ended
        assertThat(report.findings(LocalDate.of(2026, 6, 30), 30, Set.of(ExceptionKind.CONTRACT_PAST_END_WITH_MONEY))).isEmpty();
    }

    @Test
    void aTerminatedContractWhoseContractorStillHoldsMoneyIsReported() {
        ContractId c = signPanjin(LocalDate.of(2026, 6, 30));
        pay(c, 1, "60000.00", LocalDate.of(2026, 4, 10));
        projection.on(new ContractTerminated(c, PROGRAMME, HOLDER, "评估不合格", Money.parse("40000.00"), LocalDate.of(2026, 5, 1)), id());

        assertThat(findings(ExceptionKind.CONTRACT_PAST_END_WITH_MONEY)).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualTo(Money.parse("60000.00"));
            assertThat(f.detail()).contains("terminated 2026-05-01");
        });
    }

    @Test
    void aClosedOrRunningOrFullyAccountedContractIsNotReported() {
        // closed: every yuan spent or returned
        ContractId closed = signShenyang(LocalDate.of(2026, 6, 30));
        milestone(closed, Milestone.FINAL_ACCEPTANCE, true, LocalDate.of(2026, 6, 1));
        pay(closed, 1, "50000.00", LocalDate.of(2026, 6, 2));
        accept(closed, "ex-all", "personnel", "45000.00", LocalDate.of(2026, 6, 20));
        projection.on(new SurplusReturned(closed, PROGRAMME, HOLDER, Money.parse("5000.00"), LocalDate.of(2026, 6, 25)), id());
        projection.on(new ContractClosed(closed, PROGRAMME, HOLDER, Money.ZERO, LocalDate.of(2026, 6, 30)), id());
        // ended, not closed, but nothing held: terminated before any payment, its earmark released
        ContractId empty = signPanjin(LocalDate.of(2026, 6, 30));
        projection.on(new ContractTerminated(empty, PROGRAMME, HOLDER, "取消", Money.parse("100000.00"), LocalDate.of(2026, 4, 1)), id());
        // still running
        ContractId running = signPanjin(LocalDate.of(2026, 12, 31));
        pay(running, 1, "60000.00", LocalDate.of(2026, 4, 10));

        assertThat(findings(ExceptionKind.CONTRACT_PAST_END_WITH_MONEY)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // 5. Funds below their fundraising floor

    @Test
    void aDemonstrationPointBelowItsFloorIsReportedWithItsShortfall_oneAtOrAboveItIsNot() {
        floorLines.add(new FloorStanding(FundId.of("youyi"), "友谊路街道社区基金", "友谊路街道", "tianjin-2024", 3,
                Money.parse("50000.00"), Money.parse("12000.00"), true));
        floorLines.add(new FloorStanding(FundId.of("xiaobailou"), "小白楼街道社区基金", "小白楼街道", "tianjin-2024", 7,
                Money.parse("20000.00"), Money.parse("20000.00"), false));
        floorLines.add(new FloorStanding(FundId.of("district"), "区级基金", "河西区", "tianjin-2024", 15,
                null, Money.ZERO, false));

        assertThat(findings(ExceptionKind.FUND_BELOW_FLOOR)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("fund:youyi");
            assertThat(f.amount()).isEqualTo(Money.parse("38000.00"));
            assertThat(f.severity()).isEqualTo(Severity.LOW); // the year is not over
            assertThat(f.reference()).isEqualTo("tianjin-2024:2026");
            assertThat(f.detail()).contains("so far in 2026", "floor of 50000.00");
        });
        assertThat(report.findings(LocalDate.of(2026, 12, 31), 30, Set.of(ExceptionKind.FUND_BELOW_FLOOR)))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    }

    // -----------------------------------------------------------------------------------------------------------------
    // 6. Back-dated entries

    @Test
    void aPostingRecordedMoreThanNDaysAfterItsEffectiveDateIsReported_aRecentOneIsNot() {
        posting("ev-old", "DonationRecorded", "fund:youyi:unrestricted", "donors:wechat-pay", "500.00", "DONATION",
                LocalDate.of(2026, 9, 1), NOW);
        posting("ev-recent", "DonationRecorded", "fund:youyi:unrestricted", "donors:wechat-pay", "80.00", "DONATION",
                LocalDate.of(2026, 11, 20), NOW);
        posting("ev-contract", "ExpenditureAccepted", "contract:c-9:spent:personnel", "contract:c-9:disbursed", "700.00",
                "EXPENDITURE", LocalDate.of(2025, 12, 20), NOW);

        List<ExceptionFinding> findings = findings(ExceptionKind.BACKDATED_ENTRY);
        assertThat(findings).extracting(ExceptionFinding::reference).containsExactlyInAnyOrder("ev-old", "ev-contract");
        assertThat(findings).filteredOn(f -> f.reference().equals("ev-old")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("fund:youyi");
            assertThat(f.amount()).isEqualTo(Money.parse("500.00"));
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.detail()).contains("87 days later");
        });
        assertThat(findings).filteredOn(f -> f.reference().equals("ev-contract")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("contract:c-9");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM); // it changes a year already over
        });
        // N is the caller's: with 100 days only the entry of last year is late enough
        assertThat(report.findings(AS_OF, 100, Set.of(ExceptionKind.BACKDATED_ENTRY)))
                .extracting(ExceptionFinding::reference).containsExactly("ev-contract");
    }

    @Test
    void theRecordingDateIsTakenInBeijingTime() {
        // 2026-10-28T17:00Z is 01:00 on the 29th in Beijing: 31 days after the 28th of September
        posting("ev-edge", "DonationRecorded", "fund:youyi:unrestricted", "donors:bank", "1.00", "DONATION",
                LocalDate.of(2026, 9, 28), Instant.parse("2026-10-28T17:00:00Z"));
        assertThat(findings(ExceptionKind.BACKDATED_ENTRY)).hasSize(1);
        assertThat(report.findings(AS_OF, 31, Set.of(ExceptionKind.BACKDATED_ENTRY))).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // 7. Reversals

    @Test
    void everyReversalIsReported_aDonationThatStandsIsNot() {
        String cash = id();
        projection.on(new DonationReversed(DonationId.of("d-1"), FundId.of("youyi"), ReceiptNumber.of("TJ-2026-000001"),
                PaymentChannel.WECHAT_PAY, Money.parse("50.00"), Pool.UNRESTRICTED, "银行退票", LocalDate.of(2026, 11, 21)), cash, NOW);
        projection.on(new InKindDonationReversed(DonationId.of("g-1"), FundId.of("youyi"), ReceiptNumber.of("TJ-2026-000002"),
                Money.parse("1200.00"), "重复登记", LocalDate.of(2026, 11, 22)), id(), NOW);

        List<ExceptionFinding> findings = findings(ExceptionKind.REVERSAL);
        assertThat(findings).extracting(ExceptionFinding::subject).containsExactlyInAnyOrder("donation:d-1", "donation:g-1");
        assertThat(findings).filteredOn(f -> f.subject().equals("donation:d-1")).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualTo(Money.parse("50.00"));
            assertThat(f.reference()).isEqualTo(cash);
            assertThat(f.detail()).contains("Cash donation d-1", "TJ-2026-000001", "银行退票");
            assertThat(f.detailZh()).contains("现金捐赠", "已冲销");
        });
        assertThat(report.findings(LocalDate.of(2026, 11, 20), 30, Set.of(ExceptionKind.REVERSAL))).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // The report as a whole

    @Test
    void kindsFilterTheReportAndTheMostSevereComeFirst() {
        ContractId c = signPanjin(LocalDate.of(2026, 6, 30));
        pay(c, 2, "40000.00", LocalDate.of(2026, 6, 1));
        projection.on(new DonationReversed(DonationId.of("d-2"), FundId.of("youyi"), ReceiptNumber.of("TJ-2026-000003"),
                PaymentChannel.BANK, Money.parse("10.00"), Pool.UNRESTRICTED, "错账", LocalDate.of(2026, 11, 21)), id(), NOW);

        List<ExceptionFinding> all = report.findings(AS_OF, 30, Set.of());
        assertThat(all).extracting(ExceptionFinding::kind).containsExactly(ExceptionKind.TRANCHE_PAID_WITHOUT_CONDITION,
                ExceptionKind.CONTRACT_PAST_END_WITH_MONEY, ExceptionKind.REVERSAL);
        assertThat(report.stream(AS_OF, 30, Set.of(ExceptionKind.REVERSAL))).extracting(ExceptionFinding::kind)
                .containsExactly(ExceptionKind.REVERSAL);
    }

    @Test
    void aResetEmptiesTheModel() {
        ContractId c = signPanjin(LocalDate.of(2026, 6, 30));
        pay(c, 2, "40000.00", LocalDate.of(2026, 6, 1));
        projection.reset();
        assertThat(report.findings(AS_OF, 30, Set.of())).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Events, as the contract aggregate would write them

    private static final ProgrammeId PROGRAMME = ProgrammeId.of("pj-2026");
    private static final HolderId HOLDER = HolderId.of("shuangtaizi");

    private ContractId signPanjin(LocalDate end) {
        ContractId c = ContractId.of("c-" + UUID.randomUUID().toString().substring(0, 8));
        projection.on(new ContractSigned(c, PROGRAMME, "panjin-2023", HOLDER, OrganisationId.of("org-1"), "胜利社区",
                "双台子区", 2026, Money.parse("100000.00"),
                List.of(new BudgetLine("personnel", Money.parse("60000.00")), new BudgetLine("activities", Money.parse("40000.00"))),
                List.of(new Tranche(1, 60, Money.parse("60000.00"), TrancheCondition.CONTRACT_SIGNED),
                        new Tranche(2, 40, Money.parse("40000.00"), TrancheCondition.MIDTERM_EVALUATION_PASSED)),
                List.of(), 3, null, List.of(), LocalDate.of(2026, 4, 1), end, LocalDate.of(2026, 4, 1)), id(), NOW);
        return c;
    }

    private ContractId signShenyang(LocalDate end) {
        ContractId c = ContractId.of("c-" + UUID.randomUUID().toString().substring(0, 8));
        projection.on(new ContractSigned(c, PROGRAMME, "shenyang-2023", HOLDER, OrganisationId.of("org-2"), "星级社区",
                "和平区", 2026, Money.parse("50000.00"),
                List.of(new BudgetLine("personnel", Money.parse("45000.00")), new BudgetLine("evaluation-fee", Money.parse("5000.00"))),
                List.of(new Tranche(1, 100, Money.parse("50000.00"), TrancheCondition.FINAL_ACCEPTANCE_PASSED)),
                List.of("evaluation-fee"), 3, null, List.of(), LocalDate.of(2026, 4, 1), end, LocalDate.of(2026, 4, 1)), id(), NOW);
        return c;
    }

    private String pay(ContractId c, int number, String amount, LocalDate on) {
        String eventId = id();
        projection.on(new TranchePaid(c, PROGRAMME, number, Money.parse(amount), "officer", "approver", on), eventId, NOW);
        return eventId;
    }

    private void milestone(ContractId c, Milestone milestone, boolean passed, LocalDate on) {
        projection.on(new MilestoneRecorded(c, milestone, passed, "评估报告", on), id(), NOW);
    }

    private String accept(ContractId c, String expenditure, String category, String amount, LocalDate on) {
        String eventId = id();
        projection.on(new ExpenditureAccepted(c, ExpenditureId.of(expenditure), category, Money.parse(amount), "officer", on),
                eventId, NOW);
        return eventId;
    }

    private void clawback(ContractId c, String clawback, String amount, LocalDate due, LocalDate on) {
        projection.on(new ClawbackDemanded(c, ClawbackId.of(clawback), Money.parse(amount), "未使用资金", due, false, on), id(), NOW);
    }

    private void repay(ContractId c, String clawback, String amount, String outstanding, LocalDate on) {
        projection.on(new ClawbackRepaid(c, PROGRAMME, HOLDER, ClawbackId.of(clawback), Money.parse(amount),
                Money.parse(outstanding), on), id());
    }

    private static void posting(String eventId, String type, String debit, String credit, String amount, String code,
                                LocalDate effective, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO posting (event_id, leg, global_index, event_type, debit_account, credit_account, amount,
                                             code, effective_date, recorded_at)
                        VALUES (?, 1, 1, ?, ?, ?, ?, ?, ?, ?)""")
                .params(eventId, type, debit, credit, Money.parse(amount).fen(), code, effective, Timestamp.from(recordedAt))
                .update();
    }

    private List<ExceptionFinding> findings(ExceptionKind kind) {
        return report.findings(AS_OF, 30, Set.of(kind));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** Tianjin sets floors; the others none. */
    private static final class Policies implements ProgrammePolicies {
        private final ProgrammePolicy tianjin = new ProgrammePolicy("tianjin-2024", "002", "天津", List.of(), Set.of(), Set.of(),
                ProgrammePolicy.Limits.NONE, Map.of(), null, Map.of(), 0,
                List.of(new ProgrammePolicy.FundraisingFloor(1, 5, Money.parse("50000.00")),
                        new ProgrammePolicy.FundraisingFloor(6, 11, Money.parse("20000.00"))));
        private final ProgrammePolicy panjin = new ProgrammePolicy("panjin-2023", "000", "盘锦", List.of(), Set.of(), Set.of(),
                ProgrammePolicy.Limits.NONE, Map.of(), null, Map.of(), 3, List.of());

        @Override
        public Optional<ProgrammePolicy> find(String policyId) {
            return all().stream().filter(p -> p.id().equals(policyId)).findFirst();
        }

        @Override
        public Collection<ProgrammePolicy> all() {
            return List.of(tianjin, panjin);
        }
    }
}
