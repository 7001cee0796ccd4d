package org.fundtrail.programme;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.infra.RequestMetadata;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.AllocationApproved;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.AllocationProposed;
import org.fundtrail.programme.api.AllocationRejected;
import org.fundtrail.programme.api.AppropriateFunds;
import org.fundtrail.programme.api.AppropriationId;
import org.fundtrail.programme.api.ApproveAllocation;
import org.fundtrail.programme.api.ContractFunded;
import org.fundtrail.programme.api.CreateProgramme;
import org.fundtrail.programme.api.FundContract;
import org.fundtrail.programme.api.FundsAppropriated;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.OpenReturn;
import org.fundtrail.programme.api.ProgrammeCreated;
import org.fundtrail.programme.api.ProgrammeErrorCode;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.ProposeAllocation;
import org.fundtrail.programme.api.RecordReturnHop;
import org.fundtrail.programme.api.RejectAllocation;
import org.fundtrail.programme.api.ReturnHopRecorded;
import org.fundtrail.programme.api.ReturnId;
import org.fundtrail.programme.api.ReturnOpened;
import org.fundtrail.programme.api.StarRating;
import org.fundtrail.programme.api.TreasuryId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.fundtrail.programme.FakeChannel.DEBARRED;
import static org.fundtrail.programme.FakeChannel.FUZHOU;
import static org.fundtrail.programme.FakeChannel.ORG_A;
import static org.fundtrail.programme.FakeChannel.ORG_B;
import static org.fundtrail.programme.FakeChannel.ORG_C;
import static org.fundtrail.programme.FakeChannel.ORG_D;
import static org.fundtrail.programme.FakeChannel.PANJIN;
import static org.fundtrail.programme.FakeChannel.PROGRAMME;
import static org.fundtrail.programme.FakeChannel.SHENYANG;
import static org.fundtrail.programme.FakeChannel.TODAY;
import static org.fundtrail.programme.FakeChannel.TOMORROW;
import static org.fundtrail.programme.FakeChannel.UNREGISTERED;
import static org.fundtrail.programme.FakeChannel.violates;
import static org.fundtrail.programme.api.ProgrammeErrorCode.ALLOCATION_ALREADY_PROPOSED;
import static org.fundtrail.programme.api.ProgrammeErrorCode.ALLOCATION_NOT_FOUND;
import static org.fundtrail.programme.api.ProgrammeErrorCode.ALLOCATION_NOT_PENDING;
import static org.fundtrail.programme.api.ProgrammeErrorCode.APPROPRIATION_ALREADY_RECORDED;
import static org.fundtrail.programme.api.ProgrammeErrorCode.CONTRACT_ALREADY_FUNDED;
import static org.fundtrail.programme.api.ProgrammeErrorCode.MONEY_MUST_FOLLOW_THE_CHANNEL;
import static org.fundtrail.programme.api.ProgrammeErrorCode.REASON_REQUIRED;
import static org.fundtrail.programme.api.ProgrammeErrorCode.RETURN_ALREADY_COMPLETE;
import static org.fundtrail.programme.api.ProgrammeErrorCode.RETURN_ALREADY_OPEN;
import static org.fundtrail.programme.api.ProgrammeErrorCode.RETURN_NOT_FOUND;
import static org.fundtrail.programme.api.ProgrammeErrorCode.SAME_OFFICER_CANNOT_APPROVE;
import static org.fundtrail.programme.api.ProgrammeErrorCode.UNKNOWN_HOLDER;

/**
 * The programme's rules: appropriation, maker–checker allocation down the channel, contractor limits of each policy
 * when a contract is funded, and returns travelling back up the channel to the treasury.
 * <p>
 * The channel in most tests: treasury → {@link #CITY} (root) → {@link #DISTRICT} → {@link #STREET}, and
 * {@link #CITY} → {@link #OTHER_DISTRICT}. Balances come from {@link FakeChannel}; holders a row does not name are
 * rich, so that a rule reading the wrong holder would let the refused rows through.
 */
class ProgrammeTest {

    private static final TreasuryId TREASURY = TreasuryId.of("panjin-treasury");
    private static final HolderId CITY = HolderId.of("panjin-civil-affairs");
    private static final HolderId DISTRICT = HolderId.of("xinglongtai-bureau");
    private static final HolderId OTHER_DISTRICT = HolderId.of("shuangtaizi-bureau");
    private static final HolderId STREET = HolderId.of("xinglong-street");
    /** Named in no approved allocation. */
    private static final HolderId NOWHERE = HolderId.of("never-funded");
    private static final String RICH = "100000000.00";
    private static final LocalDate CREATED_ON = LocalDate.of(2026, 2, 1);
    private static final AllocationId ALLOCATION = AllocationId.of("AL-9");
    private static final ContractId CONTRACT = ContractId.of("K-9");
    private static final ReturnId RETURN = ReturnId.of("R-1");
    private static final String OFFICER_A = "officer-a";
    private static final String OFFICER_B = "officer-b";

    private FakeChannel channel;
    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        channel = new FakeChannel();
        channel.registerWith(fixture);
        for (HolderId holder : List.of(CITY, DISTRICT, OTHER_DISTRICT, STREET, NOWHERE)) {
            channel.available(holder, RICH).returnDue(holder, RICH);
        }
    }

    // ---- creating and appropriating -----------------------------------------------------------------------------

    /** A programme names one of the policies in {@code ledger/programmes/}. Each row ends in its expected outcome. */
    @ParameterizedTest(name = "{0} -> {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                           | policy         | name            | root name     | effective  | expected                 | field
            Panjin-like policy               | panjin-like    | ' 盘锦五社联动 ' | ' 盘锦市民政局 ' | 2026-02-01 | CREATED                  | -
            Shenyang-like policy, today      | shenyang-like  | 沈阳以奖代补    | 沈阳市民政局   | 2026-11-27 | CREATED                  | -
            policy no file defines           | dalian-2023    | 大连五社联动    | 大连市民政局   | 2026-02-01 | UNKNOWN_POLICY           | policyId
            no policy                        | -              | 大连五社联动    | 大连市民政局   | 2026-02-01 | UNKNOWN_POLICY           | policyId
            blank name                       | panjin-like    | '  '            | 盘锦市民政局   | 2026-02-01 | NAME_REQUIRED            | name
            blank root holder name           | panjin-like    | 盘锦五社联动    | '  '          | 2026-02-01 | NAME_REQUIRED            | rootHolderName
            created tomorrow                 | panjin-like    | 盘锦五社联动    | 盘锦市民政局   | 2026-11-28 | EFFECTIVE_DATE_IN_FUTURE | effectiveDate
            """)
    void creatingAProgramme(String description, String policy, String name, String rootName, LocalDate effective,
                            String expected, String field) {
        var result = fixture.givenNoPriorActivity()
                .when(new CreateProgramme(PROGRAMME, policy, name, TREASURY, CITY, rootName, 2026, effective));
        if (expected.equals("CREATED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ProgrammeCreated(PROGRAMME, policy, name.strip(),
                    TREASURY, CITY, rootName.strip(), 2026, effective));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.valueOf(expected), field));
        }
    }

    @ParameterizedTest(name = "{0} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                | appropriation | amount     | budget line | expected                       | field
            another appropriation                 | A-1           | 500000.00  | 2080208     | APPROPRIATED                   | -
            one fen                               | A-2           | 0.01       | 2080208     | APPROPRIATED                   | -
            the same appropriation recorded twice | A-0           | 500000.00  | 2080208     | APPROPRIATION_ALREADY_RECORDED | appropriationId
            zero                                  | A-2           | 0.00       | 2080208     | AMOUNT_NOT_POSITIVE            | amount
            no budget line                        | A-2           | 300000.00  | ' '         | NAME_REQUIRED                  | budgetLine
            """)
    void appropriatingFromTheTreasury(String description, String appropriation, String amount, String budgetLine,
                                      String expected, String field) {
        var result = fixture.given(created(PANJIN), appropriated("A-0", "500000.00"))
                .when(new AppropriateFunds(PROGRAMME, AppropriationId.of(appropriation), budgetLine, 2026,
                        Money.parse(amount), TODAY));
        if (expected.equals("APPROPRIATED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new FundsAppropriated(PROGRAMME,
                    AppropriationId.of(appropriation), TREASURY, CITY, budgetLine, 2026, Money.parse(amount), TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.valueOf(expected), field));
        }
    }

    // ---- allocating: maker–checker, balance, channel ------------------------------------------------------------

    @Test
    void anOfficerProposesAnAllocationAndNothingMovesYet() {
        fixture.given(created(PANJIN))
                .when(new ProposeAllocation(PROGRAMME, ALLOCATION, CITY, DISTRICT, " 兴隆台区民政局 ",
                        Money.parse("300000.00"), TODAY), as(OFFICER_A))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AllocationProposed(PROGRAMME, ALLOCATION, CITY, DISTRICT, "兴隆台区民政局",
                        Money.parse("300000.00"), OFFICER_A, TODAY));
    }

    /** Maker–checker: the officer who proposed cannot approve; any other officer can. */
    @ParameterizedTest(name = "approved by {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # approver  | expected
            officer-a   | SAME_OFFICER_CANNOT_APPROVE
            officer-b   | APPROVED
            """)
    void anAllocationIsApprovedByAnotherOfficer(String approver, String expected) {
        var result = fixture.given(created(PANJIN), proposed(ALLOCATION, CITY, DISTRICT, "300000.00"))
                .when(new ApproveAllocation(PROGRAMME, ALLOCATION), as(approver));
        if (expected.equals("APPROVED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new AllocationApproved(PROGRAMME, ALLOCATION, CITY,
                    DISTRICT, Money.parse("300000.00"), OFFICER_A, approver, CREATED_ON));
        } else {
            result.expectNoEvents().expectException(violates(SAME_OFFICER_CANNOT_APPROVE, "allocationId"));
        }
    }

    /**
     * The payer's balance is checked when the money moves, at approval. Exactly what it holds is fine. The receiving
     * holder is always rich, so a check that read the wrong holder would let the refused rows through.
     */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                            | payer holds | amount     | expected
            all the payer holds               | 300000.00   | 300000.00  | APPROVED
            less than the payer holds         | 300000.00   | 1.00       | APPROVED
            one fen more than the payer holds | 300000.00   | 300000.01  | EXCEEDS_HOLDER_BALANCE
            anything from an empty payer      | 0.00        | 0.01       | EXCEEDS_HOLDER_BALANCE
            """)
    void approvalNeverTakesMoreThanThePayerHolds(String description, String payerHolds, String amount, String expected) {
        channel.available(CITY, payerHolds);

        var result = fixture.given(created(PANJIN), proposed(ALLOCATION, CITY, DISTRICT, amount))
                .when(new ApproveAllocation(PROGRAMME, ALLOCATION), as(OFFICER_B));
        if (expected.equals("APPROVED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new AllocationApproved(PROGRAMME, ALLOCATION, CITY,
                    DISTRICT, Money.parse(amount), OFFICER_A, OFFICER_B, CREATED_ON));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.EXCEEDS_HOLDER_BALANCE, "amount"));
        }
    }

    /**
     * Only a holder that has received money (the root, or one an approved allocation reached) can pass it on. Every
     * holder is rich in the fake: only the channel decides.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                  | expected
            from the root, which the treasury funds                 | PROPOSED
            from a holder an approved allocation reached            | PROPOSED
            from a holder nobody ever allocated to                  | UNKNOWN_HOLDER
            from a holder whose allocation is only proposed         | UNKNOWN_HOLDER
            from a holder whose allocation was rejected             | UNKNOWN_HOLDER
            """)
    void onlyAHolderThatReceivedMoneyAllocates(String description, String expected) {
        List<Object> history = new ArrayList<>(List.of(created(PANJIN)));
        HolderId from = switch (description) {
            case "from the root, which the treasury funds" -> CITY;
            case "from a holder an approved allocation reached" -> {
                history.addAll(allocated("AL-1", CITY, DISTRICT, "300000.00"));
                yield DISTRICT;
            }
            case "from a holder nobody ever allocated to" -> NOWHERE;
            case "from a holder whose allocation is only proposed" -> {
                history.add(proposed(AllocationId.of("AL-1"), CITY, DISTRICT, "300000.00"));
                yield DISTRICT;
            }
            case "from a holder whose allocation was rejected" -> {
                history.add(proposed(AllocationId.of("AL-1"), CITY, DISTRICT, "300000.00"));
                history.add(new AllocationRejected(PROGRAMME, AllocationId.of("AL-1"), "预算未批", OFFICER_B));
                yield DISTRICT;
            }
            default -> throw new IllegalArgumentException(description);
        };

        var result = fixture.given(history)
                .when(new ProposeAllocation(PROGRAMME, ALLOCATION, from, STREET, "兴隆街道", Money.parse("1000.00"), TODAY),
                        as(OFFICER_A));
        if (expected.equals("PROPOSED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new AllocationProposed(PROGRAMME, ALLOCATION, from,
                    STREET, "兴隆街道", Money.parse("1000.00"), OFFICER_A, TODAY));
        } else {
            result.expectNoEvents().expectException(violates(UNKNOWN_HOLDER, "fromHolder"));
        }
    }

    /**
     * Money goes one hop down, and a holder has one parent, so a return can retrace the way its money came (循原渠道).
     * Channel: CITY → DISTRICT → STREET, CITY → OTHER_DISTRICT.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | from           | to             | expected
            the root to a new holder                        | CITY           | NEW            | PROPOSED
            the root again to a holder it funds             | CITY           | DISTRICT       | PROPOSED
            a district to a new holder                      | DISTRICT       | NEW            | PROPOSED
            a district again to its own street              | DISTRICT       | STREET         | PROPOSED
            another district to that street                 | OTHER_DISTRICT | STREET         | MONEY_MUST_FOLLOW_THE_CHANNEL
            the root straight to a district's street        | CITY           | STREET         | MONEY_MUST_FOLLOW_THE_CHANNEL
            a district to the other district                | DISTRICT       | OTHER_DISTRICT | MONEY_MUST_FOLLOW_THE_CHANNEL
            a street back up to its district                | STREET         | DISTRICT       | MONEY_MUST_FOLLOW_THE_CHANNEL
            a district to the root                          | DISTRICT       | CITY           | MONEY_MUST_FOLLOW_THE_CHANNEL
            a street to the root                            | STREET         | CITY           | MONEY_MUST_FOLLOW_THE_CHANNEL
            the root to itself                              | CITY           | CITY           | MONEY_MUST_FOLLOW_THE_CHANNEL
            a district to itself                            | DISTRICT       | DISTRICT       | MONEY_MUST_FOLLOW_THE_CHANNEL
            """)
    void moneyFollowsTheChannel(String description, String from, String to, String expected) {
        var result = fixture.given(standardChannel())
                .when(new ProposeAllocation(PROGRAMME, ALLOCATION, holder(from), holder(to), "收款单位",
                        Money.parse("1000.00"), TODAY), as(OFFICER_A));
        if (expected.equals("PROPOSED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new AllocationProposed(PROGRAMME, ALLOCATION,
                    holder(from), holder(to), "收款单位", Money.parse("1000.00"), OFFICER_A, TODAY));
        } else {
            result.expectNoEvents().expectException(violates(MONEY_MUST_FOLLOW_THE_CHANNEL, "toHolder"));
        }
    }

    /**
     * Two proposals to the same new holder from two different holders both pass the channel check while neither is
     * approved. Once one is approved the holder has its parent; approving the other would move money to it from a
     * holder its returns will never go back to.
     */
    @Test
    void approvalRechecksTheChannelAfterAnotherAllocationReachedTheHolder() {
        HolderId newStreet = HolderId.of("new-street");
        List<Object> history = new ArrayList<>(List.of(created(PANJIN)));
        history.addAll(allocated("AL-1", CITY, DISTRICT, "300000.00"));
        history.add(proposed(AllocationId.of("AL-2"), CITY, newStreet, "1000.00"));
        history.add(proposed(AllocationId.of("AL-3"), DISTRICT, newStreet, "1000.00"));
        history.add(new AllocationApproved(PROGRAMME, AllocationId.of("AL-2"), CITY, newStreet, Money.parse("1000.00"),
                OFFICER_A, OFFICER_B, TODAY));

        fixture.given(history)
                .when(new ApproveAllocation(PROGRAMME, AllocationId.of("AL-3")), as(OFFICER_B))
                .expectNoEvents()
                .expectException(violates(MONEY_MUST_FOLLOW_THE_CHANNEL, "toHolder"));
    }

    /** A rejection needs a reason, and leaves nothing to approve or reject. */
    @ParameterizedTest(name = "{0} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | allocation was | command | expected              | field
            reject with a reason                    | PENDING        | reject  | REJECTED              | -
            reject without a reason                 | PENDING        | reject- | REASON_REQUIRED       | reason
            approve after rejection                 | REJECTED       | approve | ALLOCATION_NOT_PENDING | allocationId
            reject again after rejection            | REJECTED       | reject  | ALLOCATION_NOT_PENDING | allocationId
            reject after approval                   | APPROVED       | reject  | ALLOCATION_NOT_PENDING | allocationId
            approve twice                           | APPROVED       | approve | ALLOCATION_NOT_PENDING | allocationId
            approve one never proposed              | NONE           | approve | ALLOCATION_NOT_FOUND  | allocationId
            reject one never proposed               | NONE           | reject  | ALLOCATION_NOT_FOUND  | allocationId
            """)
    void rejectingAnAllocation(String description, String state, String command, String expected, String field) {
        List<Object> history = new ArrayList<>(List.of(created(PANJIN)));
        if (!state.equals("NONE")) {
            history.add(proposed(ALLOCATION, CITY, DISTRICT, "300000.00"));
        }
        if (state.equals("REJECTED")) {
            history.add(new AllocationRejected(PROGRAMME, ALLOCATION, "预算未批", OFFICER_B));
        } else if (state.equals("APPROVED")) {
            history.add(new AllocationApproved(PROGRAMME, ALLOCATION, CITY, DISTRICT, Money.parse("300000.00"), OFFICER_A,
                    OFFICER_B, TODAY));
        }
        Object when = switch (command) {
            case "reject" -> new RejectAllocation(PROGRAMME, ALLOCATION, " 金额与批复不符 ");
            case "reject-" -> new RejectAllocation(PROGRAMME, ALLOCATION, "  ");
            case "approve" -> new ApproveAllocation(PROGRAMME, ALLOCATION);
            default -> throw new IllegalArgumentException(command);
        };

        var result = fixture.given(history).when(when, as("officer-c"));
        if (expected.equals("REJECTED")) {
            result.expectSuccessfulHandlerExecution()
                    .expectEvents(new AllocationRejected(PROGRAMME, ALLOCATION, "金额与批复不符", "officer-c"));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.valueOf(expected), field));
        }
    }

    @Test
    void anAllocationIdIsProposedOnlyOnceEvenAfterItsRejection() {
        fixture.given(created(PANJIN), proposed(ALLOCATION, CITY, DISTRICT, "300000.00"),
                        new AllocationRejected(PROGRAMME, ALLOCATION, "预算未批", OFFICER_B))
                .when(new ProposeAllocation(PROGRAMME, ALLOCATION, CITY, DISTRICT, "兴隆台区民政局",
                        Money.parse("300000.00"), TODAY), as(OFFICER_A))
                .expectNoEvents()
                .expectException(violates(ALLOCATION_ALREADY_PROPOSED, "allocationId"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case          | amount  | expected                 | field         | effective
            zero            | 0.00    | AMOUNT_NOT_POSITIVE      | amount        | 2026-11-27
            negative        | -1.00   | AMOUNT_NOT_POSITIVE      | amount        | 2026-11-27
            dated tomorrow  | 1.00    | EFFECTIVE_DATE_IN_FUTURE | effectiveDate | 2026-11-28
            """)
    void proposalsThatMeanNothing(String description, String amount, String expected, String field, LocalDate effective) {
        fixture.given(created(PANJIN))
                .when(new ProposeAllocation(PROGRAMME, ALLOCATION, CITY, DISTRICT, "兴隆台区民政局", Money.parse(amount),
                        effective), as(OFFICER_A))
                .expectNoEvents()
                .expectException(violates(ProgrammeErrorCode.valueOf(expected), field));
    }

    // ---- funding contracts: the contractor and the policy's limits ----------------------------------------------

    /** The organisation must be registered and not barred on the contract's own date (not today's). */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                               | organisation | effective  | expected
            registered, never barred                             | A            | 2026-03-01 | FUNDED
            nobody registered it                                 | UNREGISTERED | 2026-03-01 | ORGANISATION_NOT_REGISTERED
            barred, dated months before the bar ends             | DEBARRED     | 2026-03-01 | ORGANISATION_DEBARRED
            barred, dated the last day of the bar                | DEBARRED     | 2026-08-31 | ORGANISATION_DEBARRED
            dated the day the bar ends                           | DEBARRED     | 2026-09-01 | FUNDED
            dated today, after the bar ended                     | DEBARRED     | 2026-11-27 | FUNDED
            """)
    void theContractorIsRegisteredAndNotBarredOnTheDate(String description, String organisation, LocalDate effective,
                                                        String expected) {
        var command = fundContract(CONTRACT, organisation(organisation), "兴隆台区", 2026, "100000.00", null, effective);

        var result = fixture.given(standardChannel()).when(command);
        if (expected.equals("FUNDED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(funded(command));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.valueOf(expected), "organisationId"));
        }
    }

    /**
     * Panjin: an organisation takes at most one project per county per year. Earlier contracts are
     * {@code organisation@county/year}, separated by spaces.
     */
    @ParameterizedTest(name = "{0} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                           | earlier contracts | organisation | county | year | expected                  | field
            the organisation's first project                 | -                 | A            | 兴隆台区 | 2026 | FUNDED                    | -
            a second in the same county and year             | A@兴隆台区/2026    | A            | 兴隆台区 | 2026 | ORGANISATION_COUNTY_LIMIT | organisationId
            the same county, another year                    | A@兴隆台区/2025    | A            | 兴隆台区 | 2026 | FUNDED                    | -
            another county, the same year                    | A@兴隆台区/2026    | A            | 双台子区 | 2026 | FUNDED                    | -
            another organisation in that county and year     | A@兴隆台区/2026    | B            | 兴隆台区 | 2026 | FUNDED                    | -
            """)
    void panjinOneProjectPerCountyPerYear(String description, String earlier, String organisation, String county, int year,
                                          String expected, String field) {
        fundingUnder(PANJIN.id(), earlier, organisation, county, year, "100000.00", null, expected, field);
    }

    /** Fuzhou: at most 3 projects per organisation city-wide, at most 3 per district, each exactly 200,000.00. */
    @ParameterizedTest(name = "{0} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                         | earlier contracts                            | organisation | county | year | amount    | expected                   | field
            the organisation's third project               | A@鼓楼区/2021 A@台江区/2021                   | A            | 仓山区  | 2021 | 200000.00 | FUNDED                     | -
            the organisation's fourth project              | A@鼓楼区/2021 A@台江区/2021 A@仓山区/2021      | A            | 晋安区  | 2021 | 200000.00 | ORGANISATION_PROJECT_LIMIT | organisationId
            a fourth, the earlier ones in other years      | A@鼓楼区/2019 A@台江区/2020 A@仓山区/2020      | A            | 晋安区  | 2021 | 200000.00 | ORGANISATION_PROJECT_LIMIT | organisationId
            another organisation's first                   | A@鼓楼区/2021 A@台江区/2021 A@仓山区/2021      | B            | 晋安区  | 2021 | 200000.00 | FUNDED                     | -
            the district's third project                   | A@鼓楼区/2021 B@鼓楼区/2021                   | C            | 鼓楼区  | 2021 | 200000.00 | FUNDED                     | -
            the district's fourth project                  | A@鼓楼区/2021 B@鼓楼区/2021 C@鼓楼区/2021      | D            | 鼓楼区  | 2021 | 200000.00 | DISTRICT_PROJECT_LIMIT     | county
            a fourth project in another district           | A@鼓楼区/2021 B@鼓楼区/2021 C@鼓楼区/2021      | D            | 台江区  | 2021 | 200000.00 | FUNDED                     | -
            one fen short of the fixed amount              | -                                            | A            | 鼓楼区  | 2021 | 199999.99 | AMOUNT_NOT_AS_POLICY       | amount
            one fen over the fixed amount                  | -                                            | A            | 鼓楼区  | 2021 | 200000.01 | AMOUNT_NOT_AS_POLICY       | amount
            half the fixed amount                          | -                                            | A            | 鼓楼区  | 2021 | 100000.00 | AMOUNT_NOT_AS_POLICY       | amount
            """)
    void fuzhouThreeProjectsPerOrganisationAndDistrictOfTwoHundredThousand(String description, String earlier,
            String organisation, String county, int year, String amount, String expected, String field) {
        fundingUnder(FUZHOU.id(), earlier, organisation, county, year, amount, null, expected, field);
    }

    /** Shenyang: the award follows the community's star rating, which the contract must name. */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                      | rating     | amount    | expected             | field
            five stars, 200,000         | FIVE_STAR  | 200000.00 | FUNDED               | -
            four stars, 100,000         | FOUR_STAR  | 100000.00 | FUNDED               | -
            three stars, 50,000         | THREE_STAR | 50000.00  | FUNDED               | -
            no rating named             | -          | 200000.00 | RATING_REQUIRED      | rating
            four stars asking 200,000   | FOUR_STAR  | 200000.00 | AMOUNT_NOT_AS_POLICY | amount
            five stars asking 100,000   | FIVE_STAR  | 100000.00 | AMOUNT_NOT_AS_POLICY | amount
            three stars and one fen     | THREE_STAR | 50000.01  | AMOUNT_NOT_AS_POLICY | amount
            """)
    void shenyangAwardFollowsTheRating(String description, StarRating rating, String amount, String expected, String field) {
        fundingUnder(SHENYANG.id(), null, "A", "和平区", 2026, amount, rating, expected, field);
    }

    /** The funding holder's available money bounds the earmark; other holders are rich. */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                             | holder holds | amount    | expected
            all the holder has                 | 100000.00    | 100000.00 | FUNDED
            one fen more than the holder has   | 100000.00    | 100000.01 | EXCEEDS_HOLDER_BALANCE
            anything from an empty holder      | 0.00         | 0.01      | EXCEEDS_HOLDER_BALANCE
            """)
    void aContractIsFundedOnlyFromWhatItsHolderHas(String description, String holderHas, String amount, String expected) {
        channel.available(DISTRICT, holderHas);
        var command = fundContract(CONTRACT, ORG_A, "兴隆台区", 2026, amount, null, TODAY);

        var result = fixture.given(standardChannel()).when(command);
        if (expected.equals("FUNDED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(funded(command));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.EXCEEDS_HOLDER_BALANCE, "amount"));
        }
    }

    @Test
    void aContractIsFundedOnce() {
        var command = fundContract(CONTRACT, ORG_B, "双台子区", 2026, "1000.00", null, TODAY);
        fixture.given(with(standardChannel(), funded(fundContract(CONTRACT, ORG_A, "兴隆台区", 2026, "1000.00", null, TODAY))))
                .when(command)
                .expectNoEvents()
                .expectException(violates(CONTRACT_ALREADY_FUNDED, "contractId"));
    }

    @Test
    void aContractIsFundedOnlyByAHolderThatReceivedMoney() {
        fixture.given(standardChannel())
                .when(new FundContract(PROGRAMME, CONTRACT, NOWHERE, ORG_A, "兴隆台区", 2026, Money.parse("1000.00"), null, TODAY))
                .expectNoEvents()
                .expectException(violates(UNKNOWN_HOLDER, "fundingHolder"));
    }

    // ---- returns to the treasury along the channel --------------------------------------------------------------

    /**
     * A holder's own unspent money is set aside only if it is available; money a contract released (named by the
     * contract) is checked when it travels, against what the holder has due for return.
     */
    @ParameterizedTest(name = "{0} -> {6} {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                         | contract | holder   | holder has | amount | reason  | expected               | field
            all the holder's own money                     | -        | DISTRICT | 500.00     | 500.00 | ' 结余 ' | OPENED                 | -
            one fen more than the holder has               | -        | DISTRICT | 500.00     | 500.01 | 结余     | EXCEEDS_HOLDER_BALANCE | amount
            own money from an empty holder                 | -        | DISTRICT | 0.00       | 0.01   | 结余     | EXCEEDS_HOLDER_BALANCE | amount
            a contract's released money, none available    | K-9      | DISTRICT | 0.00       | 500.00 | 合同终止 | OPENED                 | -
            a holder that never received money             | -        | NOWHERE  | 500.00     | 100.00 | 结余     | UNKNOWN_HOLDER         | holder
            no reason                                      | -        | DISTRICT | 500.00     | 100.00 | ' '     | REASON_REQUIRED        | reason
            zero                                           | -        | DISTRICT | 500.00     | 0.00   | 结余     | AMOUNT_NOT_POSITIVE    | amount
            """)
    void openingAReturn(String description, String contract, String holder, String holderHas, String amount,
                        String reason, String expected, String field) {
        channel.available(holder(holder), holderHas);
        ContractId contractId = contract == null ? null : ContractId.of(contract);

        var result = fixture.given(standardChannel())
                .when(new OpenReturn(PROGRAMME, RETURN, holder(holder), Money.parse(amount), contractId, reason));
        if (expected.equals("OPENED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(new ReturnOpened(PROGRAMME, RETURN, holder(holder),
                    Money.parse(amount), contractId, reason.strip()));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.valueOf(expected), field));
        }
    }

    @Test
    void aReturnIsOpenedOnce() {
        fixture.given(with(standardChannel(), opened(STREET, "100.00")))
                .when(new OpenReturn(PROGRAMME, RETURN, DISTRICT, Money.parse("100.00"), null, "结余"))
                .expectNoEvents()
                .expectException(violates(RETURN_ALREADY_OPEN, "returnId"));
    }

    /**
     * A return climbs one hop at a time, from the holder it is at to the one that allocated to it, and from the root
     * to the treasury. Each row: where it was opened, hops already made, the hop expected next.
     */
    @ParameterizedTest(name = "{0}: {1} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                     | opened at | hops made | from     | to       | hop
            a street's money goes to its district      | STREET    | 0         | STREET   | DISTRICT | 1
            then from the district to the city         | STREET    | 1         | DISTRICT | CITY     | 2
            then from the city to the treasury         | STREET    | 2         | CITY     | -        | 3
            the other district's money to the city     | OTHER_DISTRICT | 0    | OTHER_DISTRICT | CITY | 1
            the city's own money to the treasury       | CITY      | 0         | CITY     | -        | 1
            """)
    void aReturnRetracesTheChannel(String description, String openedAt, int hopsMade, String from, String to, int hop) {
        List<Object> history = with(standardChannel(), opened(holder(openedAt), "100.00"));
        history.addAll(hops(holder(openedAt), hopsMade, "100.00", TODAY));

        HolderId toHolder = to == null ? null : holder(to);
        fixture.given(history)
                .when(new RecordReturnHop(PROGRAMME, RETURN, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReturnHopRecorded(PROGRAMME, RETURN, hop, holder(from), toHolder,
                        toHolder == null ? TREASURY : null, Money.parse("100.00"), 2026, true, TODAY));
    }

    /** Refunded in the programme's own fiscal year it restores the appropriation; later it is non-tax income. */
    @ParameterizedTest(name = "fiscal year {0}, refunded {1} -> budget year {2}, same year {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # programme fiscal year | hop dated  | budget year | same budget year
            2025                    | 2025-12-31 | 2025        | true
            2025                    | 2026-01-01 | 2026        | false
            2025                    | 2026-11-27 | 2026        | false
            2026                    | 2026-11-27 | 2026        | true
            2026                    | 2026-01-01 | 2026        | true
            """)
    void theTreasuryHopRecordsTheBudgetYear(int fiscalYear, LocalDate hopDated, int budgetYear, boolean sameBudgetYear) {
        fixture.given(created(PANJIN, fiscalYear), opened(CITY, "100.00"))
                .when(new RecordReturnHop(PROGRAMME, RETURN, hopDated))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReturnHopRecorded(PROGRAMME, RETURN, 1, CITY, null, TREASURY, Money.parse("100.00"),
                        budgetYear, sameBudgetYear, hopDated));
    }

    /**
     * A hop moves money the current holder has due for return: a return waiting for money that is not back yet
     * does not move. The holders it is not at are rich.
     */
    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | hops made | current holder | it has due | expected
            the street has it all                              | 0         | STREET         | 100.00     | RECORDED
            the street has one fen less                        | 0         | STREET         | 99.99      | EXCEEDS_HOLDER_BALANCE
            the district, one hop on, has nothing yet          | 1         | DISTRICT       | 0.00       | EXCEEDS_HOLDER_BALANCE
            the district, one hop on, has it                   | 1         | DISTRICT       | 100.00     | RECORDED
            """)
    void aHopNeedsTheMoneyDueAtTheCurrentHolder(String description, int hopsMade, String current, String due, String expected) {
        channel.returnDue(holder(current), due);
        List<Object> history = with(standardChannel(), opened(STREET, "100.00"));
        history.addAll(hops(STREET, hopsMade, "100.00", TODAY));

        var result = fixture.given(history).when(new RecordReturnHop(PROGRAMME, RETURN, TODAY));
        if (expected.equals("RECORDED")) {
            HolderId next = holder(current).equals(STREET) ? DISTRICT : CITY;
            result.expectSuccessfulHandlerExecution().expectEvents(new ReturnHopRecorded(PROGRAMME, RETURN, hopsMade + 1,
                    holder(current), next, null, Money.parse("100.00"), 2026, true, TODAY));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.EXCEEDS_HOLDER_BALANCE, "returnId"));
        }
    }

    @Test
    void aReturnThatReachedTheTreasuryTakesNoMoreHops() {
        List<Object> history = with(standardChannel(), opened(STREET, "100.00"));
        history.addAll(hops(STREET, 3, "100.00", TODAY));

        fixture.given(history)
                .when(new RecordReturnHop(PROGRAMME, RETURN, TODAY))
                .expectNoEvents()
                .expectException(violates(RETURN_ALREADY_COMPLETE, "returnId"));
    }

    @Test
    void aHopOfAReturnNeverOpenedIsRefused() {
        fixture.given(standardChannel())
                .when(new RecordReturnHop(PROGRAMME, RETURN, TODAY))
                .expectNoEvents()
                .expectException(violates(RETURN_NOT_FOUND, "returnId"));
    }

    @Test
    void aHopIsNotDatedAheadOfToday() {
        fixture.given(with(standardChannel(), opened(STREET, "100.00")))
                .when(new RecordReturnHop(PROGRAMME, RETURN, TOMORROW))
                .expectNoEvents()
                .expectException(violates(ProgrammeErrorCode.EFFECTIVE_DATE_IN_FUTURE, "effectiveDate"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void fundingUnder(String policy, String earlier, String organisation, String county, int year, String amount,
                              StarRating rating, String expected, String field) {
        List<Object> history = new ArrayList<>(List.of(created(policy, 2026)));
        history.addAll(allocated("AL-1", CITY, DISTRICT, "1000000.00"));
        if (earlier != null) {
            int n = 0;
            for (String contract : earlier.trim().split("\\s+")) {
                String[] orgAndPlace = contract.split("@");
                String[] countyAndYear = orgAndPlace[1].split("/");
                history.add(funded(fundContract(ContractId.of("K-" + n++), organisation(orgAndPlace[0]), countyAndYear[0],
                        Integer.parseInt(countyAndYear[1]), amount, rating, CREATED_ON)));
            }
        }
        var command = fundContract(CONTRACT, organisation(organisation), county, year, amount, rating, TODAY);

        var result = fixture.given(history).when(command);
        if (expected.equals("FUNDED")) {
            result.expectSuccessfulHandlerExecution().expectEvents(funded(command));
        } else {
            result.expectNoEvents().expectException(violates(ProgrammeErrorCode.valueOf(expected), field));
        }
    }

    private static Map<String, ?> as(String actor) {
        return Map.of(RequestMetadata.ACTOR, actor);
    }

    private static ProgrammeCreated created(ProgrammePolicy policy) {
        return created(policy.id(), 2026);
    }

    private static ProgrammeCreated created(ProgrammePolicy policy, int fiscalYear) {
        return created(policy.id(), fiscalYear);
    }

    private static ProgrammeCreated created(String policyId, int fiscalYear) {
        return new ProgrammeCreated(PROGRAMME, policyId, "五社联动", TREASURY, CITY, "市民政局", fiscalYear, CREATED_ON);
    }

    private static FundsAppropriated appropriated(String id, String amount) {
        return new FundsAppropriated(PROGRAMME, AppropriationId.of(id), TREASURY, CITY, "2080208", 2026,
                Money.parse(amount), CREATED_ON);
    }

    private static AllocationProposed proposed(AllocationId id, HolderId from, HolderId to, String amount) {
        return new AllocationProposed(PROGRAMME, id, from, to, to.value(), Money.parse(amount), OFFICER_A, CREATED_ON);
    }

    private static List<Object> allocated(String id, HolderId from, HolderId to, String amount) {
        return List.of(proposed(AllocationId.of(id), from, to, amount),
                new AllocationApproved(PROGRAMME, AllocationId.of(id), from, to, Money.parse(amount), OFFICER_A, OFFICER_B,
                        CREATED_ON));
    }

    /** Treasury → CITY → DISTRICT → STREET and CITY → OTHER_DISTRICT, under the Panjin-like policy. */
    private static List<Object> standardChannel() {
        List<Object> history = new ArrayList<>();
        history.add(created(PANJIN));
        history.add(appropriated("A-1", "1000000.00"));
        history.addAll(allocated("AL-1", CITY, DISTRICT, "400000.00"));
        history.addAll(allocated("AL-2", CITY, OTHER_DISTRICT, "300000.00"));
        history.addAll(allocated("AL-3", DISTRICT, STREET, "100000.00"));
        return history;
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }

    private static ReturnOpened opened(HolderId at, String amount) {
        return new ReturnOpened(PROGRAMME, RETURN, at, Money.parse(amount), null, "结余");
    }

    /** The first {@code count} hops of the return opened at {@code from}, up the standard channel. */
    private static List<Object> hops(HolderId from, int count, String amount, LocalDate date) {
        List<Object> hops = new ArrayList<>();
        HolderId at = from;
        for (int hop = 1; hop <= count; hop++) {
            HolderId next = parentOf(at);
            hops.add(new ReturnHopRecorded(PROGRAMME, RETURN, hop, at, next, next == null ? TREASURY : null,
                    Money.parse(amount), date.getYear(), true, date));
            at = next;
        }
        return hops;
    }

    private static HolderId parentOf(HolderId holder) {
        if (holder.equals(STREET)) {
            return DISTRICT;
        }
        if (holder.equals(DISTRICT) || holder.equals(OTHER_DISTRICT)) {
            return CITY;
        }
        return null;
    }

    private static FundContract fundContract(ContractId contract, OrganisationId organisation, String county, int year,
                                             String amount, StarRating rating, LocalDate effective) {
        return new FundContract(PROGRAMME, contract, DISTRICT, organisation, county, year, Money.parse(amount), rating,
                effective);
    }

    private static ContractFunded funded(FundContract command) {
        return new ContractFunded(command.programmeId(), command.contractId(), command.fundingHolder(),
                command.organisationId(), command.county(), command.year(), command.amount(), command.effectiveDate());
    }

    private static HolderId holder(String name) {
        return switch (name) {
            case "CITY" -> CITY;
            case "DISTRICT" -> DISTRICT;
            case "OTHER_DISTRICT" -> OTHER_DISTRICT;
            case "STREET" -> STREET;
            case "NOWHERE" -> NOWHERE;
            case "NEW" -> HolderId.of("new-street");
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static OrganisationId organisation(String name) {
        return switch (name) {
            case "A" -> ORG_A;
            case "B" -> ORG_B;
            case "C" -> ORG_C;
            case "D" -> ORG_D;
            case "DEBARRED" -> DEBARRED;
            case "UNREGISTERED" -> UNREGISTERED;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
