package org.fundtrail.contract;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.contract.api.AcceptExpenditure;
import org.fundtrail.contract.api.ApproveTranchePayment;
import org.fundtrail.contract.api.BudgetLine;
import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackId;
import org.fundtrail.contract.api.ClawbackOverdue;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.CloseContract;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractErrorCode;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractSigned;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.DemandClawback;
import org.fundtrail.contract.api.ExpenditureAccepted;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.contract.api.ExpenditureRejected;
import org.fundtrail.contract.api.ExpenditureReported;
import org.fundtrail.contract.api.FlagClawbackOverdue;
import org.fundtrail.contract.api.FraudFound;
import org.fundtrail.contract.api.MarkTrancheDue;
import org.fundtrail.contract.api.Milestone;
import org.fundtrail.contract.api.MilestoneRecorded;
import org.fundtrail.contract.api.PlannedProject;
import org.fundtrail.contract.api.ProjectKind;
import org.fundtrail.contract.api.ProposeTranchePayment;
import org.fundtrail.contract.api.RecordClawbackRepayment;
import org.fundtrail.contract.api.RecordFraudFinding;
import org.fundtrail.contract.api.RecordMilestone;
import org.fundtrail.contract.api.RejectExpenditure;
import org.fundtrail.contract.api.RejectTranchePayment;
import org.fundtrail.contract.api.ReportExpenditure;
import org.fundtrail.contract.api.ReturnSurplus;
import org.fundtrail.contract.api.SignContract;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.contract.api.TerminateContract;
import org.fundtrail.contract.api.Tranche;
import org.fundtrail.contract.api.TrancheBecameDue;
import org.fundtrail.contract.api.TranchePaid;
import org.fundtrail.contract.api.TranchePaymentProposed;
import org.fundtrail.contract.api.TranchePaymentRejected;
import org.fundtrail.infra.RequestMetadata;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.StarRating;
import org.fundtrail.programme.api.TrancheCondition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.fundtrail.contract.FakeProgrammes.FUZHOU;
import static org.fundtrail.contract.FakeProgrammes.PANJIN;
import static org.fundtrail.contract.FakeProgrammes.SHAANXI;
import static org.fundtrail.contract.FakeProgrammes.SHENYANG;
import static org.fundtrail.contract.FakeProgrammes.TODAY;
import static org.fundtrail.contract.FakeProgrammes.violates;
import static org.fundtrail.contract.api.ContractErrorCode.CLAWBACK_NOT_FOUND;
import static org.fundtrail.contract.api.ContractErrorCode.CONTRACT_ENDED;
import static org.fundtrail.contract.api.ContractErrorCode.EXPENDITURE_ALREADY_REPORTED;
import static org.fundtrail.programme.api.TrancheCondition.FINAL_ACCEPTANCE_PASSED;

/**
 * A service contract's rules, from signing to closing. Most rows start from a signed contract of one of the fake
 * programmes and a {@linkplain #story history} written as tokens, e.g. {@code paid:1 midterm:pass spent:personnel:100.00}.
 * <p>
 * The usual contracts ({@link #signed}): Panjin-like 100,000.00 (personnel 60,000.00, activities 40,000.00; tranche 1
 * 60,000.00 on signing, tranche 2 40,000.00 after a passed mid-term); Fuzhou-like 200,000.00 (personnel 120,000.00,
 * activities 80,000.00; 160,000.00 on signing, 40,000.00 after final acceptance); Shenyang-like five-star 200,000.00
 * (the same budget; all of it after final acceptance; evaluation fees forbidden); Shaanxi-like 100,000.00 (all of it on
 * signing; barred 5 years after fraud).
 */
class ContractTest {

    private static final ContractId CONTRACT = ContractId.of("K-1");
    private static final HolderId HOLDER = HolderId.of("xinglongtai-bureau");
    private static final OrganisationId ORGANISATION = OrganisationId.of("O-1");
    private static final String COMMUNITY = "兴隆社区";
    private static final String COUNTY = "兴隆台区";
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 1, 5);
    /** When the history's events happened: after signing, before today. */
    private static final LocalDate EARLIER = LocalDate.of(2026, 6, 30);
    private static final LocalDate CLAWBACK_DUE = LocalDate.of(2026, 10, 31);
    private static final String OFFICER_A = "officer-a";
    private static final String OFFICER_B = "officer-b";
    private static final ExpenditureId UNDER_REVIEW = ExpenditureId.of("E-review");

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
        FakeProgrammes.standard().registerWith(fixture);
    }

    // ---- signing: the tranche plan, the budget, the usage plan ------------------------------------------------------

    /** The plan comes from the policy; each tranche but the last is rounded down to the fen, the last takes the rest. */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # programme | amount    | tranches (number:percent:amount:condition)
            PANJIN      | 100000.01 | 1:60:60000.00:CONTRACT_SIGNED 2:40:40000.01:MIDTERM_EVALUATION_PASSED
            PANJIN      | 100000.00 | 1:60:60000.00:CONTRACT_SIGNED 2:40:40000.00:MIDTERM_EVALUATION_PASSED
            PANJIN      | 0.05      | 1:60:0.03:CONTRACT_SIGNED     2:40:0.02:MIDTERM_EVALUATION_PASSED
            PANJIN      | 33333.33  | 1:60:19999.99:CONTRACT_SIGNED 2:40:13333.34:MIDTERM_EVALUATION_PASSED
            FUZHOU      | 200000.00 | 1:80:160000.00:CONTRACT_SIGNED 2:20:40000.00:FINAL_ACCEPTANCE_PASSED
            FUZHOU      | 200000.03 | 1:80:160000.02:CONTRACT_SIGNED 2:20:40000.01:FINAL_ACCEPTANCE_PASSED
            SHENYANG    | 200000.00 | 1:100:200000.00:FINAL_ACCEPTANCE_PASSED
            SHAANXI     | 100000.00 | 1:100:100000.00:CONTRACT_SIGNED
            """)
    void theTranchePlanComesFromThePolicyToTheFen(String programme, String amount, String tranches) {
        ProgrammeId programmeId = programme(programme);
        SignContract command = sign(programmeId, amount, "personnel:" + amount);

        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(signedBy(command, tranches(tranches)));
    }

    /**
     * A budget lists each of the policy's categories at most once, none forbidden, adding up to the amount, with each
     * minimum share met. Each row ends in its expected outcome.
     */
    @ParameterizedTest(name = "{0} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                          | programme | amount    | budget                                          | expected                 | field
            adds up to the amount                           | PANJIN    | 100000.00 | personnel:60000.00 activities:40000.00          | SIGNED                   | -
            one fen short of the amount                     | PANJIN    | 100000.00 | personnel:60000.00 activities:39999.99          | BUDGET_DOES_NOT_ADD_UP   | budget
            one fen over the amount                         | PANJIN    | 100000.00 | personnel:60000.00 activities:40000.01          | BUDGET_DOES_NOT_ADD_UP   | budget
            no budget                                       | PANJIN    | 100000.00 | -                                               | BUDGET_REQUIRED          | budget
            a category the programme does not have          | PANJIN    | 100000.00 | personnel:60000.00 catering:40000.00            | UNKNOWN_CATEGORY         | budget[1].category
            a category listed twice                         | PANJIN    | 100000.00 | personnel:60000.00 personnel:40000.00           | UNKNOWN_CATEGORY         | budget[1].category
            a line of zero                                  | PANJIN    | 100000.00 | personnel:100000.00 activities:0.00             | AMOUNT_NOT_POSITIVE      | budget[1].amount
            evaluation fees where they are allowed          | PANJIN    | 100000.00 | personnel:90000.00 evaluation-fee:10000.00      | SIGNED                   | -
            evaluation fees from star-award money           | SHENYANG  | 200000.00 | personnel:150000.00 evaluation-fee:50000.00     | FORBIDDEN_CATEGORY       | budget[1].category
            personnel exactly half                          | SHAANXI   | 100000.00 | personnel:50000.00 activities:50000.00          | SIGNED                   | -
            personnel one fen short of half                 | SHAANXI   | 100000.00 | personnel:49999.99 activities:50000.01          | CATEGORY_SHARE_TOO_SMALL | budget
            no personnel line at all                        | SHAANXI   | 100000.00 | activities:100000.00                            | CATEGORY_SHARE_TOO_SMALL | budget
            """)
    void theBudgetFollowsThePolicy(String description, String programme, String amount, String budget, String expected,
                                   String field) {
        ProgrammeId programmeId = programme(programme);
        SignContract command = sign(programmeId, amount, budget);

        var result = fixture.givenNoPriorActivity().when(command);
        if (expected.equals("SIGNED")) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(signedBy(command, signed(programmeId).tranches()));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), field));
        }
    }

    /** Star awards file a usage plan: at least 3 basic projects and 6 / 4 / 1 electives for 5 / 4 / 3 stars. */
    @ParameterizedTest(name = "{0} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | rating     | amount    | basic | electives | expected
            five stars, 3 basic + 6         | FIVE_STAR  | 200000.00 | 3     | 6         | SIGNED
            five stars, 3 basic + 5         | FIVE_STAR  | 200000.00 | 3     | 5         | TOO_FEW_ELECTIVE_PROJECTS
            five stars, 2 basic + 6         | FIVE_STAR  | 200000.00 | 2     | 6         | TOO_FEW_BASIC_PROJECTS
            five stars, 2 basic + 7         | FIVE_STAR  | 200000.00 | 2     | 7         | TOO_FEW_BASIC_PROJECTS
            four stars, 3 basic + 4         | FOUR_STAR  | 100000.00 | 3     | 4         | SIGNED
            four stars, 3 basic + 3         | FOUR_STAR  | 100000.00 | 3     | 3         | TOO_FEW_ELECTIVE_PROJECTS
            three stars, 3 basic + 1        | THREE_STAR | 50000.00  | 3     | 1         | SIGNED
            three stars, 3 basic + 0        | THREE_STAR | 50000.00  | 3     | 0         | TOO_FEW_ELECTIVE_PROJECTS
            three stars, no plan            | THREE_STAR | 50000.00  | 0     | 0         | USAGE_PLAN_REQUIRED
            """)
    void aStarAwardNeedsAUsagePlanForItsRating(String description, StarRating rating, String amount, int basic,
                                               int electives, String expected) {
        SignContract command = sign(SHENYANG, amount, "personnel:" + amount, rating, plan(basic, electives), START, END);

        var result = fixture.givenNoPriorActivity().when(command);
        if (expected.equals("SIGNED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(signedBy(command,
                    List.of(new Tranche(1, 100, Money.parse(amount), FINAL_ACCEPTANCE_PASSED))));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), "usagePlan"));
        }
    }

    @Test
    void aProgrammeWithoutAwardsNeedsNoUsagePlan() {
        SignContract command = sign(PANJIN, "100000.00", "personnel:100000.00");

        fixture.givenNoPriorActivity().when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(signedBy(command, tranches("1:60:60000.00:CONTRACT_SIGNED 2:40:40000.00:MIDTERM_EVALUATION_PASSED")));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                    | start      | end        | expected
            a year                    | 2026-01-01 | 2026-12-31 | SIGNED
            one day                   | 2026-03-01 | 2026-03-01 | SIGNED
            ends the day before       | 2026-03-01 | 2026-02-28 | DATES_OUT_OF_ORDER
            ends a year before        | 2026-01-01 | 2025-01-01 | DATES_OUT_OF_ORDER
            no start date             | -          | 2026-12-31 | DATES_OUT_OF_ORDER
            no end date               | 2026-01-01 | -          | DATES_OUT_OF_ORDER
            """)
    void aContractEndsOnOrAfterItStarts(String description, LocalDate start, LocalDate end, String expected) {
        SignContract command = sign(PANJIN, "100000.00", "personnel:100000.00", null, null, start, end);

        var result = fixture.givenNoPriorActivity().when(command);
        if (expected.equals("SIGNED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(signedBy(command,
                    tranches("1:60:60000.00:CONTRACT_SIGNED 2:40:40000.00:MIDTERM_EVALUATION_PASSED")));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.DATES_OUT_OF_ORDER, "endDate"));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                       | expected                 | field
            programme nobody created     | PROGRAMME_NOT_FOUND      | programmeId
            no community                 | COMMUNITY_REQUIRED       | community
            amount of zero               | AMOUNT_NOT_POSITIVE      | amount
            signed tomorrow              | EFFECTIVE_DATE_IN_FUTURE | effectiveDate
            """)
    void otherRefusedSignings(String description, String expected, String field) {
        SignContract ok = sign(PANJIN, "100000.00", "personnel:100000.00");
        SignContract command = switch (description) {
            case "programme nobody created" -> new SignContract(CONTRACT, ProgrammeId.of("P-404"), HOLDER, ORGANISATION,
                    COMMUNITY, COUNTY, 2026, ok.amount(), ok.budget(), null, null, START, END, SIGNED_ON);
            case "no community" -> new SignContract(CONTRACT, PANJIN, HOLDER, ORGANISATION, "  ", COUNTY, 2026,
                    ok.amount(), ok.budget(), null, null, START, END, SIGNED_ON);
            case "amount of zero" -> new SignContract(CONTRACT, PANJIN, HOLDER, ORGANISATION, COMMUNITY, COUNTY, 2026,
                    Money.ZERO, budget("personnel:0.00"), null, null, START, END, SIGNED_ON);
            case "signed tomorrow" -> new SignContract(CONTRACT, PANJIN, HOLDER, ORGANISATION, COMMUNITY, COUNTY, 2026,
                    ok.amount(), ok.budget(), null, null, START, END, FakeProgrammes.TOMORROW);
            default -> throw new IllegalArgumentException(description);
        };

        fixture.givenNoPriorActivity().when(command)
                .expectNoEvents()
                .expectException(violates(ContractErrorCode.valueOf(expected), field));
    }

    // ---- tranches -------------------------------------------------------------------------------------------------

    /**
     * Paying a Panjin-like tranche: proposed by one officer, approved by another, only once its condition is on record,
     * in order, never after a failed evaluation or the contract's end. Proposals in the history are by officer-a.
     */
    @ParameterizedTest(name = "{0} -> {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                   | history                                   | command | tranche | actor     | expected                          | field
            propose the 60% after signing                            | -                                         | propose | 1       | officer-a | PROPOSED                          | -
            propose the 40% before the mid-term passed               | paid:1                                    | propose | 2       | officer-a | TRANCHE_CONDITION_NOT_MET         | number
            propose the 40% after a failed mid-term                  | paid:1 midterm:fail                       | propose | 2       | officer-a | EVALUATION_FAILED_BLOCKS_TRANCHES | number
            propose the 40% after the mid-term passed                | paid:1 midterm:pass                       | propose | 2       | officer-a | PROPOSED                          | -
            propose the 40% while the 60% is unpaid                  | midterm:pass                              | propose | 2       | officer-a | TRANCHE_CONDITION_NOT_MET         | number
            approve the 40% while the 60% is unpaid                  | midterm:pass proposed:2                   | approve | 2       | officer-b | TRANCHE_CONDITION_NOT_MET         | number
            propose a tranche already proposed                       | proposed:1                                | propose | 1       | officer-b | TRANCHE_ALREADY_PROPOSED          | number
            propose a tranche already paid                           | paid:1                                    | propose | 1       | officer-a | TRANCHE_ALREADY_PAID              | number
            propose a tranche the plan does not have                 | -                                         | propose | 3       | officer-a | NO_SUCH_TRANCHE                   | number
            approve by another officer                               | proposed:1                                | approve | 1       | officer-b | PAID                              | -
            approve the 40% by another officer                       | paid:1 midterm:pass proposed:2            | approve | 2       | officer-b | PAID                              | -
            approve by the officer who proposed                      | proposed:1                                | approve | 1       | officer-a | SAME_OFFICER_CANNOT_APPROVE       | number
            approve what nobody proposed                             | -                                         | approve | 1       | officer-b | TRANCHE_NOT_PROPOSED              | number
            approve a tranche already paid                           | proposed:1 paid:1                         | approve | 1       | officer-b | TRANCHE_ALREADY_PAID              | number
            reject a proposal                                        | proposed:1                                | reject  | 1       | officer-b | REJECTED                          | -
            reject without a reason                                  | proposed:1                                | reject- | 1       | officer-b | REASON_REQUIRED                   | reason
            reject what nobody proposed                              | -                                         | reject  | 1       | officer-b | TRANCHE_NOT_PROPOSED              | number
            reject a tranche already paid                            | proposed:1 paid:1                         | reject  | 1       | officer-b | TRANCHE_NOT_PROPOSED              | number
            approve after a rejection                                | proposed:1 rejected:1                     | approve | 1       | officer-b | TRANCHE_NOT_PROPOSED              | number
            propose again after a rejection                          | proposed:1 rejected:1                     | propose | 1       | officer-b | PROPOSED                          | -
            propose after a failed mid-term                          | midterm:fail                              | propose | 1       | officer-a | EVALUATION_FAILED_BLOCKS_TRANCHES | number
            approve a proposal made before the mid-term failed       | proposed:1 midterm:fail                   | approve | 1       | officer-b | EVALUATION_FAILED_BLOCKS_TRANCHES | number
            propose the 40% after a failed then a passed mid-term    | paid:1 midterm:fail midterm:pass          | propose | 2       | officer-a | EVALUATION_FAILED_BLOCKS_TRANCHES | number
            propose after termination                                | terminated                                | propose | 1       | officer-a | CONTRACT_ENDED                    | contractId
            approve a proposal made before termination               | proposed:1 terminated                     | approve | 1       | officer-b | CONTRACT_ENDED                    | contractId
            """)
    void payingATranche(String description, String history, String command, int number, String actor, String expected,
                        String field) {
        ContractSigned signed = signed(PANJIN);
        Object when = switch (command) {
            case "propose" -> new ProposeTranchePayment(CONTRACT, number, TODAY);
            case "approve" -> new ApproveTranchePayment(CONTRACT, number, TODAY);
            case "reject" -> new RejectTranchePayment(CONTRACT, number, " 发票不全 ");
            case "reject-" -> new RejectTranchePayment(CONTRACT, number, " ");
            default -> throw new IllegalArgumentException(command);
        };

        var result = fixture.given(story(signed, history)).when(when, as(actor));
        Money amount = number <= signed.tranches().size() ? signed.tranches().get(number - 1).amount() : null;
        switch (expected) {
            case "PROPOSED" -> result.expectSuccessfulHandlerExecution()
                    .expectEvents(new TranchePaymentProposed(CONTRACT, number, amount, actor, TODAY));
            case "PAID" -> result.expectSuccessfulHandlerExecution()
                    .expectEvents(new TranchePaid(CONTRACT, PANJIN, number, amount, OFFICER_A, actor, TODAY));
            case "REJECTED" -> result.expectSuccessfulHandlerExecution()
                    .expectEvents(new TranchePaymentRejected(CONTRACT, number, "发票不全", actor));
            default -> result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), field));
        }
    }

    /** Fuzhou-like: the 20% waits for the final acceptance; a failed one blocks it. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # history                         | expected
            paid:1                            | TRANCHE_CONDITION_NOT_MET
            paid:1 final:fail                 | EVALUATION_FAILED_BLOCKS_TRANCHES
            paid:1 final:pass                 | PROPOSED
            paid:1 midterm:fail final:pass    | EVALUATION_FAILED_BLOCKS_TRANCHES
            """)
    void theLastFuzhouTrancheWaitsForTheFinalAcceptance(String history, String expected) {
        var result = fixture.given(story(signed(FUZHOU), history))
                .when(new ProposeTranchePayment(CONTRACT, 2, TODAY), as(OFFICER_A));
        if (expected.equals("PROPOSED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new TranchePaymentProposed(CONTRACT, 2,
                    Money.parse("40000.00"), OFFICER_A, TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), "number"));
        }
    }

    /** The tranche schedule's command: marks what its condition allows; repeating it or after the end changes nothing. */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                   | history               | tranche | expected
            the 60% once signed                      | -                     | 1       | DUE
            the 60% again                            | due:1                 | 1       | NOTHING
            the 60% once paid                        | paid:1                | 1       | NOTHING
            the 60% after termination                | terminated            | 1       | NOTHING
            the 40% after termination                | paid:1 terminated     | 2       | NOTHING
            the 40% before the mid-term passed       | paid:1                | 2       | TRANCHE_CONDITION_NOT_MET
            the 40% after a failed mid-term          | paid:1 midterm:fail   | 2       | TRANCHE_CONDITION_NOT_MET
            the 40% after the mid-term passed        | paid:1 midterm:pass   | 2       | DUE
            a tranche the plan does not have         | -                     | 3       | NO_SUCH_TRANCHE
            """)
    void markingATrancheDue(String description, String history, int number, String expected) {
        ContractSigned signed = signed(PANJIN);

        var result = fixture.given(story(signed, history)).when(new MarkTrancheDue(CONTRACT, number));
        switch (expected) {
            case "DUE" -> result.expectSuccessfulHandlerExecution()
                    .expectEvents(new TrancheBecameDue(CONTRACT, number, signed.tranches().get(number - 1).amount()));
            case "NOTHING" -> result.expectSuccessfulHandlerExecution().expectNoEvents();
            default -> result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), "number"));
        }
    }

    // ---- milestones -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | history       | milestone          | passed | report       | expected                 | field
            a passed mid-term                       | -             | MIDTERM_EVALUATION | true   | ' 中期评估报告 ' | RECORDED                 | -
            a failed mid-term                       | -             | MIDTERM_EVALUATION | false  | 中期评估报告   | RECORDED                 | -
            a mid-term again after it passed        | midterm:pass  | MIDTERM_EVALUATION | true   | 中期评估报告   | MILESTONE_ALREADY_PASSED | milestone
            a mid-term again after it failed        | midterm:fail  | MIDTERM_EVALUATION | true   | 复评报告       | RECORDED                 | -
            the final acceptance                    | midterm:pass  | FINAL_ACCEPTANCE   | true   | 结项验收报告   | RECORDED                 | -
            the final acceptance again              | final:pass    | FINAL_ACCEPTANCE   | false  | 结项验收报告   | MILESTONE_ALREADY_PASSED | milestone
            no report                               | -             | MIDTERM_EVALUATION | true   | ' '          | EVIDENCE_REQUIRED        | reportReference
            after termination                       | terminated    | FINAL_ACCEPTANCE   | true   | 结项验收报告   | CONTRACT_ENDED           | contractId
            """)
    void recordingAMilestone(String description, String history, Milestone milestone, boolean passed, String report,
                             String expected, String field) {
        var result = fixture.given(story(signed(PANJIN), history))
                .when(new RecordMilestone(CONTRACT, milestone, passed, report, TODAY));
        if (expected.equals("RECORDED")) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(new MilestoneRecorded(CONTRACT, milestone, passed, report.strip(), TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), field));
        }
    }

    // ---- expenditures ---------------------------------------------------------------------------------------------

    /**
     * A Shenyang-like contract (budget: personnel and activities; evaluation fees forbidden; nothing paid before the
     * final acceptance): the contractor reports against a budget line, with evidence. Costs may be reported before
     * any money arrived.
     */
    @ParameterizedTest(name = "{0} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                     | category       | amount  | evidence     | expected            | field
            personnel with an invoice                  | personnel      | 3000.00 | ' FP-001 '   | REPORTED            | -
            evaluation fees from star-award money      | evaluation-fee | 3000.00 | FP-001       | FORBIDDEN_CATEGORY  | category
            a category of the policy not in the budget | materials      | 3000.00 | FP-001       | UNKNOWN_CATEGORY    | category
            a category nobody knows                    | catering       | 3000.00 | FP-001       | UNKNOWN_CATEGORY    | category
            no evidence                                | personnel      | 3000.00 | ' '          | EVIDENCE_REQUIRED   | evidenceReference
            zero                                       | personnel      | 0.00    | FP-001       | AMOUNT_NOT_POSITIVE | amount
            """)
    void reportingAnExpenditure(String description, String category, String amount, String evidence, String expected,
                                String field) {
        var result = fixture.given(signed(SHENYANG))
                .when(new ReportExpenditure(CONTRACT, UNDER_REVIEW, category, Money.parse(amount), " 社工工资 ", evidence,
                        LocalDate.of(2026, 3, 31)));
        if (expected.equals("REPORTED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ExpenditureReported(CONTRACT, UNDER_REVIEW,
                    category, Money.parse(amount), "社工工资", evidence.strip(), LocalDate.of(2026, 3, 31)));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), field));
        }
    }

    @Test
    void anExpenditureIsReportedOnce() {
        fixture.given(story(signed(PANJIN), "reported:personnel:100.00"))
                .when(new ReportExpenditure(CONTRACT, ExpenditureId.of("E-1"), "personnel", Money.parse("100.00"), null,
                        "FP-001", TODAY))
                .expectNoEvents()
                .expectException(violates(EXPENDITURE_ALREADY_REPORTED, "expenditureId"));
    }

    @Test
    void nothingIsReportedOnAClosedContract() {
        fixture.given(story(signed(PANJIN), "paid:1 final:pass spent:personnel:60000.00 closed"))
                .when(new ReportExpenditure(CONTRACT, UNDER_REVIEW, "activities", Money.parse("100.00"), null, "FP-001", TODAY))
                .expectNoEvents()
                .expectException(violates(CONTRACT_ENDED, "contractId"));
    }

    /**
     * Accepting spends a budget line and the money the contractor holds (paid − accepted − demanded − returned);
     * neither may be exceeded, exactly all of either is fine. Panjin-like: personnel 60,000.00, activities 40,000.00,
     * tranche 1 60,000.00.
     */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                           | history                                               | under review         | expected
            within the line and what is held                 | paid:1                                                | personnel:1000.00    | ACCEPTED
            exactly the rest of the line                     | paid:1 spent:activities:30000.00                      | activities:10000.00  | ACCEPTED
            one fen beyond the line                          | paid:1 spent:activities:30000.00                      | activities:10000.01  | EXCEEDS_BUDGET_LINE
            beyond a line nothing was spent on               | paid:1 midterm:pass paid:2                            | activities:40000.01  | EXCEEDS_BUDGET_LINE
            exactly what the contractor holds                | paid:1 spent:activities:40000.00 spent:personnel:15000.00 | personnel:5000.00 | ACCEPTED
            one fen beyond what the contractor holds         | paid:1 spent:activities:40000.00 spent:personnel:15000.00 | personnel:5000.01 | EXCEEDS_DISBURSED_BALANCE
            anything before money was paid                   | -                                                     | personnel:0.01       | EXCEEDS_DISBURSED_BALANCE
            beyond what is held after a clawback             | paid:1 clawback:59000.00                              | personnel:1000.01    | EXCEEDS_DISBURSED_BALANCE
            exactly what is held after a clawback            | paid:1 clawback:59000.00                              | personnel:1000.00    | ACCEPTED
            beyond what is held after a surplus return       | paid:1 surplus:59000.00                               | personnel:1000.01    | EXCEEDS_DISBURSED_BALANCE
            a rejected expenditure leaves the line unspent   | paid:1 refused:activities:40000.00                    | activities:40000.00  | ACCEPTED
            """)
    void acceptingAnExpenditure(String description, String history, String underReview, String expected) {
        String[] categoryAndAmount = underReview.split(":");
        List<Object> events = story(signed(PANJIN), history);
        events.add(new ExpenditureReported(CONTRACT, UNDER_REVIEW, categoryAndAmount[0], Money.parse(categoryAndAmount[1]),
                "", "FP-9", EARLIER));

        var result = fixture.given(events).when(new AcceptExpenditure(CONTRACT, UNDER_REVIEW, TODAY), as(OFFICER_B));
        if (expected.equals("ACCEPTED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ExpenditureAccepted(CONTRACT, UNDER_REVIEW,
                    categoryAndAmount[0], Money.parse(categoryAndAmount[1]), OFFICER_B, TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), "expenditureId"));
        }
    }

    /** A rejection needs a reason; only a reported expenditure waits for review. */
    @ParameterizedTest(name = "{0} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                          | state    | command | expected                | field
            reject with a reason            | REPORTED | reject  | REJECTED                | -
            reject without a reason         | REPORTED | reject- | REASON_REQUIRED         | reason
            accept after rejection          | REJECTED | accept  | EXPENDITURE_NOT_PENDING | expenditureId
            reject after acceptance         | ACCEPTED | reject  | EXPENDITURE_NOT_PENDING | expenditureId
            accept twice                    | ACCEPTED | accept  | EXPENDITURE_NOT_PENDING | expenditureId
            accept one never reported       | NONE     | accept  | EXPENDITURE_NOT_FOUND   | expenditureId
            reject one never reported       | NONE     | reject  | EXPENDITURE_NOT_FOUND   | expenditureId
            """)
    void rejectingAnExpenditure(String description, String state, String command, String expected, String field) {
        String history = switch (state) {
            case "REPORTED" -> "paid:1 reported:personnel:2000.00";
            case "REJECTED" -> "paid:1 refused:personnel:2000.00";
            case "ACCEPTED" -> "paid:1 spent:personnel:2000.00";
            case "NONE" -> "paid:1";
            default -> throw new IllegalArgumentException(state);
        };
        ExpenditureId id = ExpenditureId.of("E-1");
        Object when = switch (command) {
            case "reject" -> new RejectExpenditure(CONTRACT, id, " 与项目无关 ");
            case "reject-" -> new RejectExpenditure(CONTRACT, id, "  ");
            case "accept" -> new AcceptExpenditure(CONTRACT, id, TODAY);
            default -> throw new IllegalArgumentException(command);
        };

        var result = fixture.given(story(signed(PANJIN), history)).when(when, as(OFFICER_B));
        if (expected.equals("REJECTED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ExpenditureRejected(CONTRACT, id, "personnel",
                    Money.parse("2000.00"), "与项目无关", OFFICER_B));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), field));
        }
    }

    // ---- clawbacks ------------------------------------------------------------------------------------------------

    /** Clawback ≤ paid − accepted − earlier clawbacks − returned surplus: exactly that is fine, one fen more is not. */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                  | history                                                            | amount   | expected
            all that was paid                                       | paid:1                                                             | 60000.00 | DEMANDED
            one fen more than was paid                              | paid:1                                                             | 60000.01 | EXCEEDS_DISBURSED_BALANCE
            paid less accepted spending, exactly                    | paid:1 spent:personnel:20000.00                                    | 40000.00 | DEMANDED
            paid less accepted spending, one fen more               | paid:1 spent:personnel:20000.00                                    | 40000.01 | EXCEEDS_DISBURSED_BALANCE
            paid less an earlier clawback, exactly                  | paid:1 clawback:10000.00                                           | 50000.00 | DEMANDED
            paid less an earlier clawback, one fen more             | paid:1 clawback:10000.00                                           | 50000.01 | EXCEEDS_DISBURSED_BALANCE
            an earlier clawback counts even when repaid             | paid:1 clawback:10000.00 repaid:10000.00                           | 50000.01 | EXCEEDS_DISBURSED_BALANCE
            paid less returned surplus, exactly                     | paid:1 surplus:5000.00                                             | 55000.00 | DEMANDED
            paid less returned surplus, one fen more                | paid:1 surplus:5000.00                                             | 55000.01 | EXCEEDS_DISBURSED_BALANCE
            all four, exactly                                       | paid:1 spent:personnel:20000.00 clawback:10000.00 surplus:5000.00  | 25000.00 | DEMANDED
            all four, one fen more                                  | paid:1 spent:personnel:20000.00 clawback:10000.00 surplus:5000.00  | 25000.01 | EXCEEDS_DISBURSED_BALANCE
            a rejected expenditure stays to be clawed back          | paid:1 refused:personnel:20000.00                                  | 60000.00 | DEMANDED
            both tranches paid, less accepted spending              | paid:1 midterm:pass paid:2 spent:personnel:60000.00                | 40000.00 | DEMANDED
            nothing paid yet                                        | -                                                                  | 0.01     | EXCEEDS_DISBURSED_BALANCE
            what is held after termination                          | paid:1 terminated                                                  | 60000.00 | DEMANDED
            """)
    void aClawbackNeverExceedsWhatTheContractorHolds(String description, String history, String amount, String expected) {
        ClawbackId id = ClawbackId.of("CB-new");

        var result = fixture.given(story(signed(PANJIN), history))
                .when(new DemandClawback(CONTRACT, id, Money.parse(amount), " 资金闲置 ", CLAWBACK_DUE, TODAY));
        if (expected.equals("DEMANDED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ClawbackDemanded(CONTRACT, id, Money.parse(amount),
                    "资金闲置", CLAWBACK_DUE, false, TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.EXCEEDS_DISBURSED_BALANCE, "amount"));
        }
    }

    @ParameterizedTest(name = "{0} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                         | id   | amount   | reason   | due        | expected                  | field
            a clawback id used before      | CB-1 | 1000.00  | 资金闲置 | 2026-12-31 | CLAWBACK_ALREADY_DEMANDED | clawbackId
            zero                           | CB-9 | 0.00     | 资金闲置 | 2026-12-31 | AMOUNT_NOT_POSITIVE       | amount
            no reason                      | CB-9 | 1000.00  | ' '     | 2026-12-31 | REASON_REQUIRED           | reason
            no due date                    | CB-9 | 1000.00  | 资金闲置 | -          | DUE_DATE_REQUIRED         | dueDate
            """)
    void otherRefusedClawbacks(String description, String id, String amount, String reason, LocalDate due,
                               String expected, String field) {
        fixture.given(story(signed(PANJIN), "paid:1 clawback:1000.00"))
                .when(new DemandClawback(CONTRACT, ClawbackId.of(id), Money.parse(amount), reason, due, TODAY))
                .expectNoEvents()
                .expectException(violates(ContractErrorCode.valueOf(expected), field));
    }

    /** A repayment is at most what is outstanding on its clawback, and says what remains. */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                   | repaid before    | repayment | expected                     | outstanding after
            part of it                               | -                | 4000.00   | REPAID                       | 6000.00
            the rest                                 | 4000.00          | 6000.00   | REPAID                       | 0.00
            all of it at once                        | -                | 10000.00  | REPAID                       | 0.00
            one fen more than the rest               | 4000.00          | 6000.01   | EXCEEDS_CLAWBACK_OUTSTANDING | -
            one fen more than the whole              | -                | 10000.01  | EXCEEDS_CLAWBACK_OUTSTANDING | -
            anything once repaid in full             | 10000.00         | 0.01      | EXCEEDS_CLAWBACK_OUTSTANDING | -
            zero                                     | -                | 0.00      | AMOUNT_NOT_POSITIVE          | -
            """)
    void repayingAClawback(String description, String repaidBefore, String repayment, String expected, String after) {
        String history = "paid:1 clawback:10000.00" + (repaidBefore == null ? "" : " repaid:" + repaidBefore);

        var result = fixture.given(story(signed(PANJIN), history))
                .when(new RecordClawbackRepayment(CONTRACT, ClawbackId.of("CB-1"), Money.parse(repayment), TODAY));
        if (expected.equals("REPAID")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ClawbackRepaid(CONTRACT, PANJIN, HOLDER,
                    ClawbackId.of("CB-1"), Money.parse(repayment), Money.parse(after), TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), "amount"));
        }
    }

    @Test
    void aRepaymentNamesAClawbackThatWasDemanded() {
        fixture.given(story(signed(PANJIN), "paid:1 clawback:10000.00"))
                .when(new RecordClawbackRepayment(CONTRACT, ClawbackId.of("CB-404"), Money.parse("1.00"), TODAY))
                .expectNoEvents()
                .expectException(violates(CLAWBACK_NOT_FOUND, "clawbackId"));
    }

    /** The clawback watch flags a clawback once, and only while money is outstanding on it. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                         | after the demand            | expected | outstanding
            nothing repaid                 | -                           | OVERDUE  | 10000.00
            partly repaid                  | repaid:4000.00              | OVERDUE  | 6000.00
            repaid in full                 | repaid:10000.00             | NOTHING  | -
            already flagged                | overdue                     | NOTHING  | -
            flagged, then partly repaid    | overdue repaid:4000.00      | NOTHING  | -
            """)
    void flaggingAnOverdueClawback(String description, String afterDemand, String expected, String outstanding) {
        String history = "paid:1 clawback:10000.00" + (afterDemand == null ? "" : " " + afterDemand);

        var result = fixture.given(story(signed(PANJIN), history))
                .when(new FlagClawbackOverdue(CONTRACT, ClawbackId.of("CB-1")));
        if (expected.equals("OVERDUE")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ClawbackOverdue(CONTRACT, ClawbackId.of("CB-1"),
                    Money.parse(outstanding), CLAWBACK_DUE));
        } else {
            result.expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Test
    void onlyADemandedClawbackIsFlagged() {
        fixture.given(story(signed(PANJIN), "paid:1"))
                .when(new FlagClawbackOverdue(CONTRACT, ClawbackId.of("CB-1")))
                .expectNoEvents()
                .expectException(violates(CLAWBACK_NOT_FOUND, "clawbackId"));
    }

    // ---- fraud ----------------------------------------------------------------------------------------------------

    /** Fraud: publish and bar (FraudFound), claw back everything held, terminate releasing the unpaid earmark, in that order. */
    @Test
    void aFraudFindingBarsClawsBackAllThatIsHeldAndTerminates() {
        fixture.given(story(signed(PANJIN), "paid:1 spent:personnel:20000.00 clawback:5000.00 surplus:1000.00"))
                .when(new RecordFraudFinding(CONTRACT, " 虚报服务人次 ", true, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new FraudFound(CONTRACT, PANJIN, ORGANISATION, "虚报服务人次", true, LocalDate.of(2029, 11, 27), TODAY),
                        new ClawbackDemanded(CONTRACT, ClawbackId.of("fraud-2026-11-27"), Money.parse("34000.00"),
                                "fraud: 虚报服务人次", TODAY.plusDays(30), true, TODAY),
                        new ContractTerminated(CONTRACT, PANJIN, HOLDER, "fraud: 虚报服务人次", Money.parse("40000.00"), TODAY));
    }

    /** The years of the bar are the policy's, as the contract carried them from signing (Shaanxi-like: 5). */
    @Test
    void theBarLastsThePolicysYears() {
        LocalDate found = LocalDate.of(2026, 10, 15);
        fixture.given(story(signed(SHAANXI), "paid:1"))
                .when(new RecordFraudFinding(CONTRACT, "伪造签到表", false, found))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new FraudFound(CONTRACT, SHAANXI, ORGANISATION, "伪造签到表", false, LocalDate.of(2031, 10, 15), found),
                        new ClawbackDemanded(CONTRACT, ClawbackId.of("fraud-2026-10-15"), Money.parse("100000.00"),
                                "fraud: 伪造签到表", found.plusDays(30), true, found),
                        new ContractTerminated(CONTRACT, SHAANXI, HOLDER, "fraud: 伪造签到表", Money.ZERO, found));
    }

    @Test
    void aFraudFindingBeforeAnyPaymentReleasesTheWholeEarmarkAndClawsBackNothing() {
        fixture.given(signed(PANJIN))
                .when(new RecordFraudFinding(CONTRACT, "虚假资质", true, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new FraudFound(CONTRACT, PANJIN, ORGANISATION, "虚假资质", true, LocalDate.of(2029, 11, 27), TODAY),
                        new ContractTerminated(CONTRACT, PANJIN, HOLDER, "fraud: 虚假资质", Money.parse("100000.00"), TODAY));
    }

    @Test
    void aFraudFindingOnATerminatedContractClawsBackWithoutTerminatingAgain() {
        fixture.given(story(signed(PANJIN), "paid:1 terminated"))
                .when(new RecordFraudFinding(CONTRACT, "虚报服务人次", true, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new FraudFound(CONTRACT, PANJIN, ORGANISATION, "虚报服务人次", true, LocalDate.of(2029, 11, 27), TODAY),
                        new ClawbackDemanded(CONTRACT, ClawbackId.of("fraud-2026-11-27"), Money.parse("60000.00"),
                                "fraud: 虚报服务人次", TODAY.plusDays(30), true, TODAY));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                  | history                                          | finding  | expected         | field
            no finding              | paid:1                                           | ' '      | FINDING_REQUIRED | finding
            a closed contract       | paid:1 final:pass spent:personnel:60000.00 closed | 虚报     | CONTRACT_ENDED   | contractId
            """)
    void refusedFraudFindings(String description, String history, String finding, String expected, String field) {
        fixture.given(story(signed(PANJIN), history))
                .when(new RecordFraudFinding(CONTRACT, finding, true, TODAY))
                .expectNoEvents()
                .expectException(violates(ContractErrorCode.valueOf(expected), field));
    }

    // ---- termination, surplus, closing ----------------------------------------------------------------------------

    /** Termination releases what was earmarked and never paid; no tranche is paid after it. */
    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                          | history                       | expected       | released
            nothing paid                    | -                             | TERMINATED     | 100000.00
            the 60% paid                    | paid:1                        | TERMINATED     | 40000.00
            the 60% proposed, not paid      | proposed:1                    | TERMINATED     | 100000.00
            both tranches paid              | paid:1 midterm:pass paid:2    | TERMINATED     | 0.00
            already terminated              | paid:1 terminated             | CONTRACT_ENDED | -
            already closed                  | paid:1 final:pass spent:personnel:60000.00 closed | CONTRACT_ENDED | -
            """)
    void terminatingAContract(String description, String history, String expected, String released) {
        var result = fixture.given(story(signed(PANJIN), history))
                .when(new TerminateContract(CONTRACT, " 承接机构解散 ", TODAY));
        if (expected.equals("TERMINATED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ContractTerminated(CONTRACT, PANJIN, HOLDER,
                    "承接机构解散", Money.parse(released), TODAY));
        } else {
            result.expectNoEvents().expectException(violates(CONTRACT_ENDED, "contractId"));
        }
    }

    @Test
    void terminationNeedsAReason() {
        fixture.given(signed(PANJIN))
                .when(new TerminateContract(CONTRACT, " ", TODAY))
                .expectNoEvents()
                .expectException(violates(ContractErrorCode.REASON_REQUIRED, "reason"));
    }

    /** The contractor returns at most the disbursed money it still holds. */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                       | history                                     | amount   | expected
            all that is held                             | paid:1 spent:personnel:50000.00             | 10000.00 | RETURNED
            one fen more than is held                    | paid:1 spent:personnel:50000.00             | 10000.01 | EXCEEDS_DISBURSED_BALANCE
            one fen more than is held after a clawback   | paid:1 clawback:50000.00                    | 10000.01 | EXCEEDS_DISBURSED_BALANCE
            one fen more than held after an earlier return | paid:1 surplus:50000.00                   | 10000.01 | EXCEEDS_DISBURSED_BALANCE
            anything before money was paid               | -                                           | 0.01     | EXCEEDS_DISBURSED_BALANCE
            all that is held after termination           | paid:1 terminated                           | 60000.00 | RETURNED
            zero                                         | paid:1                                      | 0.00     | AMOUNT_NOT_POSITIVE
            after closing                                | paid:1 final:pass spent:personnel:60000.00 closed | 0.01 | CONTRACT_ENDED
            """)
    void returningSurplus(String description, String history, String amount, String expected) {
        var result = fixture.given(story(signed(PANJIN), history))
                .when(new ReturnSurplus(CONTRACT, Money.parse(amount), TODAY));
        if (expected.equals("RETURNED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new SurplusReturned(CONTRACT, PANJIN, HOLDER,
                    Money.parse(amount), TODAY));
        } else {
            String field = expected.equals("CONTRACT_ENDED") ? "contractId" : "amount";
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), field));
        }
    }

    /**
     * A contract closes once its final acceptance passed and every disbursed yuan is spent, clawed back and repaid, or
     * returned, with no due tranche left unpaid; it releases what was earmarked and never paid. Fuzhou-like unless the
     * row says otherwise (personnel 120,000.00 and activities 80,000.00; 160,000.00 on signing, 40,000.00 on acceptance).
     */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                              | contract | history                                                                                                            | expected                    | released
            all spent                                           | FUZHOU   | paid:1 final:pass paid:2 spent:personnel:120000.00 spent:activities:80000.00                                       | CLOSED                      | 0.00
            spent, clawed back and repaid, returned             | FUZHOU   | paid:1 final:pass paid:2 spent:personnel:120000.00 spent:activities:50000.00 clawback:20000.00 repaid:20000.00 surplus:10000.00 | CLOSED | 0.00
            a failed mid-term: the 40% was never paid           | PANJIN   | paid:1 midterm:fail final:pass spent:personnel:60000.00                                                            | CLOSED                      | 40000.00
            no final acceptance yet                             | FUZHOU   | paid:1 spent:personnel:120000.00 spent:activities:40000.00                                                         | FINAL_ACCEPTANCE_NOT_PASSED | -
            a failed final acceptance                           | FUZHOU   | paid:1 final:fail spent:personnel:120000.00 spent:activities:40000.00                                              | FINAL_ACCEPTANCE_NOT_PASSED | -
            an expenditure waiting for review                   | FUZHOU   | paid:1 final:pass paid:2 spent:personnel:120000.00 spent:activities:79999.00 reported:activities:1.00            | EXPENDITURES_PENDING        | -
            one fen still held                                  | FUZHOU   | paid:1 final:pass paid:2 spent:personnel:120000.00 spent:activities:79999.99                                       | MONEY_NOT_ACCOUNTED_FOR     | -
            a clawback not repaid in full                       | FUZHOU   | paid:1 final:pass paid:2 spent:personnel:120000.00 spent:activities:60000.00 clawback:20000.00 repaid:19999.99   | MONEY_NOT_ACCOUNTED_FOR     | -
            the last tranche due and unpaid                     | FUZHOU   | paid:1 final:pass spent:personnel:120000.00 spent:activities:40000.00                                              | MONEY_NOT_ACCOUNTED_FOR     | -
            already terminated                                  | FUZHOU   | paid:1 final:pass spent:personnel:120000.00 spent:activities:40000.00 terminated                                   | CONTRACT_ENDED              | -
            """)
    void closingAContract(String description, String contract, String history, String expected, String released) {
        ProgrammeId programme = programme(contract);

        var result = fixture.given(story(signed(programme), history)).when(new CloseContract(CONTRACT, TODAY));
        if (expected.equals("CLOSED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ContractClosed(CONTRACT, programme, HOLDER,
                    Money.parse(released), TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ContractErrorCode.valueOf(expected), "contractId"));
        }
    }

    /**
     * A failed mid-term blocks every unpaid tranche for good, so a Fuzhou-like contract whose final acceptance then
     * passed can never pay its 20%. Closing should release that earmark like any other unpaid one; instead the close
     * is refused as if the blocked tranche were still to be paid, and the contract can only be terminated.
     */
    @Test
    void aTrancheBlockedByAFailedEvaluationDoesNotStopClosing() {
        fixture.given(story(signed(FUZHOU), "paid:1 midterm:fail final:pass spent:personnel:120000.00 spent:activities:40000.00"))
                .when(new CloseContract(CONTRACT, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContractClosed(CONTRACT, FUZHOU, HOLDER, Money.parse("40000.00"), TODAY));
    }

    // ---- helpers: commands ----------------------------------------------------------------------------------------

    private static Map<String, ?> as(String actor) {
        return Map.of(RequestMetadata.ACTOR, actor);
    }

    private static SignContract sign(ProgrammeId programme, String amount, String budget) {
        boolean awards = programme.equals(SHENYANG);
        return sign(programme, amount, budget, awards ? StarRating.FIVE_STAR : null, awards ? plan(3, 6) : null, START, END);
    }

    private static SignContract sign(ProgrammeId programme, String amount, String budget, StarRating rating,
                                     List<PlannedProject> plan, LocalDate start, LocalDate end) {
        return new SignContract(CONTRACT, programme, HOLDER, ORGANISATION, " " + COMMUNITY + " ", COUNTY, 2026,
                Money.parse(amount), budget(budget), rating, plan, start, end, SIGNED_ON);
    }

    /** What signing {@code command} records: the policy's terms as they were, and the given tranche plan. */
    private static ContractSigned signedBy(SignContract command, List<Tranche> tranches) {
        ProgrammePolicy policy = policy(command.programmeId());
        return new ContractSigned(command.contractId(), command.programmeId(), policy.id(), command.fundingHolder(),
                command.organisationId(), command.community().strip(), command.county(), command.year(), command.amount(),
                command.budget(), tranches, List.copyOf(new TreeSet<>(policy.forbiddenCategories())),
                policy.fraudDebarmentYears(), command.rating(), command.usagePlan() == null ? List.of() : command.usagePlan(),
                command.startDate(), command.endDate(), command.effectiveDate());
    }

    private static List<BudgetLine> budget(String lines) {
        if (lines == null) {
            return null;
        }
        List<BudgetLine> budget = new ArrayList<>();
        for (String line : lines.trim().split("\\s+")) {
            String[] categoryAndAmount = line.split(":");
            budget.add(new BudgetLine(categoryAndAmount[0], Money.parse(categoryAndAmount[1])));
        }
        return budget;
    }

    private static List<PlannedProject> plan(int basic, int electives) {
        List<PlannedProject> plan = new ArrayList<>();
        for (int i = 1; i <= basic; i++) {
            plan.add(new PlannedProject("基础项目" + i, ProjectKind.BASIC));
        }
        for (int i = 1; i <= electives; i++) {
            plan.add(new PlannedProject("自选项目" + i, ProjectKind.ELECTIVE));
        }
        return plan;
    }

    /** {@code number:percent:amount:condition}, separated by spaces. */
    private static List<Tranche> tranches(String text) {
        List<Tranche> tranches = new ArrayList<>();
        for (String tranche : text.trim().split("\\s+")) {
            String[] parts = tranche.split(":");
            tranches.add(new Tranche(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Money.parse(parts[2]),
                    TrancheCondition.valueOf(parts[3])));
        }
        return tranches;
    }

    private static ProgrammeId programme(String name) {
        return switch (name) {
            case "PANJIN" -> PANJIN;
            case "FUZHOU" -> FUZHOU;
            case "SHENYANG" -> SHENYANG;
            case "SHAANXI" -> SHAANXI;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static ProgrammePolicy policy(ProgrammeId programme) {
        return FakeProgrammes.policyOf(programme);
    }

    // ---- helpers: history -----------------------------------------------------------------------------------------

    /** The usual signed contract of each programme (see the class comment), written out rather than computed. */
    private static ContractSigned signed(ProgrammeId programme) {
        String policyId = policy(programme).id();
        List<BudgetLine> budget;
        List<Tranche> tranches;
        List<String> forbidden = List.of();
        int years = 3;
        StarRating rating = null;
        List<PlannedProject> plan = List.of();
        Money amount;
        if (programme.equals(PANJIN)) {
            amount = Money.parse("100000.00");
            budget = budget("personnel:60000.00 activities:40000.00");
            tranches = tranches("1:60:60000.00:CONTRACT_SIGNED 2:40:40000.00:MIDTERM_EVALUATION_PASSED");
        } else if (programme.equals(FUZHOU)) {
            amount = Money.parse("200000.00");
            budget = budget("personnel:120000.00 activities:80000.00");
            tranches = tranches("1:80:160000.00:CONTRACT_SIGNED 2:20:40000.00:FINAL_ACCEPTANCE_PASSED");
        } else if (programme.equals(SHENYANG)) {
            amount = Money.parse("200000.00");
            budget = budget("personnel:120000.00 activities:80000.00");
            tranches = tranches("1:100:200000.00:FINAL_ACCEPTANCE_PASSED");
            forbidden = List.of("evaluation-fee");
            rating = StarRating.FIVE_STAR;
            plan = plan(3, 6);
        } else {
            amount = Money.parse("100000.00");
            budget = budget("personnel:60000.00 activities:40000.00");
            tranches = tranches("1:100:100000.00:CONTRACT_SIGNED");
            years = 5;
        }
        return new ContractSigned(CONTRACT, programme, policyId, HOLDER, ORGANISATION, COMMUNITY, COUNTY, 2026, amount,
                budget, tranches, forbidden, years, rating, plan, START, END, SIGNED_ON);
    }

    /**
     * The signed contract followed by the events the tokens describe, separated by spaces:
     * {@code proposed:N} (by officer-a), {@code rejected:N}, {@code due:N}, {@code paid:N} (proposed by officer-a,
     * approved by officer-b), {@code midterm:pass|fail}, {@code final:pass|fail}, {@code reported:category:amount},
     * {@code spent:category:amount} (reported and accepted), {@code refused:category:amount} (reported and rejected),
     * {@code clawback:amount} (CB-1, CB-2, …), {@code repaid:amount} and {@code overdue} (on the latest clawback),
     * {@code surplus:amount}, {@code terminated}, {@code closed}. Expenditures are E-1, E-2, … in order.
     */
    private static List<Object> story(ContractSigned signed, String tokens) {
        List<Object> events = new ArrayList<>();
        events.add(signed);
        if (tokens == null) {
            return events;
        }
        ProgrammeId programme = signed.programmeId();
        Money paid = Money.ZERO;
        Money released = Money.ZERO;
        Money outstanding = Money.ZERO;
        int expenditures = 0;
        int clawbacks = 0;
        for (String token : tokens.trim().split("\\s+")) {
            String[] parts = token.split(":");
            switch (parts[0]) {
                case "proposed" -> events.add(new TranchePaymentProposed(CONTRACT, Integer.parseInt(parts[1]),
                        trancheAmount(signed, parts[1]), OFFICER_A, EARLIER));
                case "rejected" -> events.add(new TranchePaymentRejected(CONTRACT, Integer.parseInt(parts[1]), "发票不全",
                        OFFICER_B));
                case "due" -> events.add(new TrancheBecameDue(CONTRACT, Integer.parseInt(parts[1]),
                        trancheAmount(signed, parts[1])));
                case "paid" -> {
                    events.add(new TranchePaid(CONTRACT, programme, Integer.parseInt(parts[1]), trancheAmount(signed, parts[1]),
                            OFFICER_A, OFFICER_B, EARLIER));
                    paid = paid.plus(trancheAmount(signed, parts[1]));
                }
                case "midterm" -> events.add(new MilestoneRecorded(CONTRACT, Milestone.MIDTERM_EVALUATION,
                        parts[1].equals("pass"), "中期评估报告", EARLIER));
                case "final" -> events.add(new MilestoneRecorded(CONTRACT, Milestone.FINAL_ACCEPTANCE,
                        parts[1].equals("pass"), "结项验收报告", EARLIER));
                case "reported", "spent", "refused" -> {
                    ExpenditureId id = ExpenditureId.of("E-" + ++expenditures);
                    Money amount = Money.parse(parts[2]);
                    events.add(new ExpenditureReported(CONTRACT, id, parts[1], amount, "", "FP-" + expenditures, EARLIER));
                    if (parts[0].equals("spent")) {
                        events.add(new ExpenditureAccepted(CONTRACT, id, parts[1], amount, OFFICER_B, EARLIER));
                    } else if (parts[0].equals("refused")) {
                        events.add(new ExpenditureRejected(CONTRACT, id, parts[1], amount, "与项目无关", OFFICER_B));
                    }
                }
                case "clawback" -> {
                    outstanding = Money.parse(parts[1]);
                    events.add(new ClawbackDemanded(CONTRACT, ClawbackId.of("CB-" + ++clawbacks), outstanding, "资金闲置",
                            CLAWBACK_DUE, false, EARLIER));
                }
                case "repaid" -> {
                    outstanding = outstanding.minus(Money.parse(parts[1]));
                    events.add(new ClawbackRepaid(CONTRACT, programme, HOLDER, ClawbackId.of("CB-" + clawbacks),
                            Money.parse(parts[1]), outstanding, EARLIER));
                }
                case "overdue" -> events.add(new ClawbackOverdue(CONTRACT, ClawbackId.of("CB-" + clawbacks), outstanding,
                        CLAWBACK_DUE));
                case "surplus" -> events.add(new SurplusReturned(CONTRACT, programme, HOLDER, Money.parse(parts[1]), EARLIER));
                case "terminated", "closed" -> {
                    Money unpaid = signed.amount().minus(paid).minus(released);
                    released = released.plus(unpaid);
                    events.add(parts[0].equals("terminated")
                            ? new ContractTerminated(CONTRACT, programme, HOLDER, "承接机构解散", unpaid, EARLIER)
                            : new ContractClosed(CONTRACT, programme, HOLDER, unpaid, EARLIER));
                }
                default -> throw new IllegalArgumentException("unknown token " + token);
            }
        }
        return events;
    }

    private static Money trancheAmount(ContractSigned signed, String number) {
        return signed.tranches().get(Integer.parseInt(number) - 1).amount();
    }
}
