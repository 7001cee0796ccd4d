package org.fundtrail.journal;

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
import org.fundtrail.contract.api.ExpenditureRejected;
import org.fundtrail.contract.api.ExpenditureReported;
import org.fundtrail.contract.api.FraudFound;
import org.fundtrail.contract.api.MilestoneRecorded;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.contract.api.TrancheBecameDue;
import org.fundtrail.contract.api.TranchePaid;
import org.fundtrail.contract.api.TranchePaymentProposed;
import org.fundtrail.contract.api.TranchePaymentRejected;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.AllocationApproved;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.AllocationProposed;
import org.fundtrail.programme.api.AllocationRejected;
import org.fundtrail.programme.api.AppropriationId;
import org.fundtrail.programme.api.ContractFunded;
import org.fundtrail.programme.api.FundsAppropriated;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeCreated;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ReturnHopRecorded;
import org.fundtrail.programme.api.ReturnId;
import org.fundtrail.programme.api.ReturnOpened;
import org.fundtrail.programme.api.TreasuryId;
import org.junit.jupiter.params.provider.Arguments;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A sample of every public-stream event, with the postings it must make; shared by {@link PostingRulesTest} (which
 * holds all samples to the chart of accounts) and {@link PublicFundPostingRulesTest}. The ids carry '.' and '_' and
 * the prefixed {@code toString()} of programme and contract ids would give accounts of no known kind, so a rule that
 * used it instead of {@code value()} fails here.
 */
final class PublicFundPostingSamples {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    static final ProgrammeId PROGRAMME = ProgrammeId.of("SY-2023_STAR");
    static final ContractId CONTRACT = ContractId.of("C-17.a");
    static final TreasuryId TREASURY = TreasuryId.of("shenyang");
    static final HolderId CITY = HolderId.of("sy-civil-affairs");
    static final HolderId DISTRICT = HolderId.of("heping-district");
    static final HolderId STREET = HolderId.of("nanhu_street");
    static final OrganisationId CONTRACTOR = OrganisationId.of("org-42");
    static final ClawbackId CLAWBACK = ClawbackId.of("CB-1");
    static final ExpenditureId EXPENDITURE = ExpenditureId.of("E-9");
    static final ReturnId RETURN = ReturnId.of("R-3");

    static final String TREASURY_ACCOUNT = "treasury:shenyang";
    static final String NON_TAX_INCOME_ACCOUNT = "treasury:shenyang:non-tax-income";
    static final String CITY_ACCOUNT = "channel:SY-2023_STAR:sy-civil-affairs";
    static final String DISTRICT_ACCOUNT = "channel:SY-2023_STAR:heping-district";
    static final String STREET_ACCOUNT = "channel:SY-2023_STAR:nanhu_street";
    static final String COMMITTED_ACCOUNT = "contract:C-17.a:committed";
    static final String DISBURSED_ACCOUNT = "contract:C-17.a:disbursed";
    static final String CLAWBACK_DUE_ACCOUNT = "contract:C-17.a:clawback-due";

    private PublicFundPostingSamples() {
    }

    /** A sample of every public-stream event that moves money; each row ends in the postings it must make. */
    static Stream<Arguments> samples() {
        return Stream.of(
                arguments("funds appropriated to the root holder", new FundsAppropriated(PROGRAMME, AppropriationId.of("A-1"),
                                TREASURY, CITY, "2080208", 2026, money("1000000.00"), DAY),
                        List.of(posting(CITY_ACCOUNT, TREASURY_ACCOUNT, "1000000.00", "APPROPRIATION", "A-1"))),
                arguments("allocation approved down the channel", new AllocationApproved(PROGRAMME, AllocationId.of("AL-1"),
                                CITY, DISTRICT, money("600000.00"), "officer-1", "officer-2", DAY),
                        List.of(posting(DISTRICT_ACCOUNT, CITY_ACCOUNT, "600000.00", "ALLOCATION", "AL-1"))),
                arguments("contract funded from a street", new ContractFunded(PROGRAMME, CONTRACT, STREET, CONTRACTOR,
                                "和平区", 2026, money("200000.00"), DAY),
                        List.of(posting(COMMITTED_ACCOUNT, STREET_ACCOUNT, "200000.00", "CONTRACT_COMMITMENT", null))),
                arguments("first tranche paid", new TranchePaid(CONTRACT, PROGRAMME, 1, money("120000.00"),
                                "officer-1", "officer-2", DAY),
                        List.of(posting(DISBURSED_ACCOUNT, COMMITTED_ACCOUNT, "120000.00", "TRANCHE_PAID", "1"))),
                arguments("expenditure accepted on personnel", new ExpenditureAccepted(CONTRACT, EXPENDITURE, "personnel",
                                money("70000.00"), "officer-3", DAY),
                        List.of(posting("contract:C-17.a:spent:personnel", DISBURSED_ACCOUNT, "70000.00", "EXPENDITURE", "E-9"))),
                arguments("expenditure accepted on evaluation fees", new ExpenditureAccepted(CONTRACT, ExpenditureId.of("E-10"),
                                "evaluation-fee", money("0.01"), "officer-3", DAY),
                        List.of(posting("contract:C-17.a:spent:evaluation-fee", DISBURSED_ACCOUNT, "0.01", "EXPENDITURE", "E-10"))),
                arguments("clawback demanded", new ClawbackDemanded(CONTRACT, CLAWBACK, money("30000.00"), "不合理使用",
                                DAY.plusDays(30), false, DAY),
                        List.of(posting(CLAWBACK_DUE_ACCOUNT, DISBURSED_ACCOUNT, "30000.00", "CLAWBACK_DEMANDED", "CB-1"))),
                arguments("clawback demanded on fraud", new ClawbackDemanded(CONTRACT, ClawbackId.of("CB-2"), money("5000.00"),
                                "弄虚作假", DAY.plusDays(15), true, DAY),
                        List.of(posting(CLAWBACK_DUE_ACCOUNT, DISBURSED_ACCOUNT, "5000.00", "CLAWBACK_DEMANDED", "CB-2"))),
                arguments("clawback repaid to the funding holder", new ClawbackRepaid(CONTRACT, PROGRAMME, STREET, CLAWBACK,
                                money("10000.00"), money("20000.00"), DAY),
                        List.of(posting(STREET_ACCOUNT, CLAWBACK_DUE_ACCOUNT, "10000.00", "CLAWBACK_REPAID", "CB-1"))),
                arguments("surplus returned to the funding holder", new SurplusReturned(CONTRACT, PROGRAMME, STREET,
                                money("4999.99"), DAY),
                        List.of(posting(STREET_ACCOUNT, DISBURSED_ACCOUNT, "4999.99", "SURPLUS_RETURNED", null))),
                arguments("contract terminated: the unpaid earmark released", new ContractTerminated(CONTRACT, PROGRAMME, STREET,
                                "承接机构解散", money("80000.00"), DAY),
                        List.of(posting(STREET_ACCOUNT, COMMITTED_ACCOUNT, "80000.00", "COMMITMENT_RELEASED", null))),
                arguments("contract closed with an unpaid earmark", new ContractClosed(CONTRACT, PROGRAMME, STREET,
                                money("0.50"), DAY),
                        List.of(posting(STREET_ACCOUNT, COMMITTED_ACCOUNT, "0.50", "COMMITMENT_RELEASED", null))),
                arguments("contract closed with nothing to release: no zero leg", new ContractClosed(CONTRACT, PROGRAMME, STREET,
                                Money.ZERO, DAY),
                        List.of()),
                arguments("contract terminated after everything was paid: no zero leg", new ContractTerminated(CONTRACT, PROGRAMME,
                                STREET, "提前终止", Money.ZERO, DAY),
                        List.of()),
                arguments("return hop up to the district", new ReturnHopRecorded(PROGRAMME, RETURN, 1, STREET, DISTRICT,
                                TREASURY, money("90000.00"), 2026, true, DAY),
                        List.of(posting(DISTRICT_ACCOUNT, STREET_ACCOUNT, "90000.00", "RETURN_HOP", "R-3"))),
                arguments("return reaches the treasury in the budget year: the appropriation is restored",
                        new ReturnHopRecorded(PROGRAMME, RETURN, 3, CITY, null, TREASURY, money("50000.00"), 2026, true, DAY),
                        List.of(posting(TREASURY_ACCOUNT, CITY_ACCOUNT, "50000.00", "RETURN_TO_TREASURY", "R-3"))),
                arguments("return reaches the treasury in a later year: non-tax income",
                        new ReturnHopRecorded(PROGRAMME, RETURN, 3, CITY, null, TREASURY, money("50000.00"), 2027, false, DAY),
                        List.of(posting(NON_TAX_INCOME_ACCOUNT, CITY_ACCOUNT, "50000.00", "RETURN_TO_TREASURY", "R-3"))));
    }

    /**
     * Every public-stream event type that moves no money. The rules decide on the type alone, so a sample of each is
     * made with every field null, zero or false: the list keeps up with the records as they grow.
     */
    static List<Object> eventsThatMoveNoMoney() {
        return Stream.of(ProgrammeCreated.class, AllocationProposed.class, AllocationRejected.class, ContractSigned.class,
                        TrancheBecameDue.class, TranchePaymentProposed.class, TranchePaymentRejected.class,
                        MilestoneRecorded.class, ExpenditureReported.class, ExpenditureRejected.class,
                        ClawbackOverdue.class, FraudFound.class, ReturnOpened.class)
                .map(PublicFundPostingSamples::blank).toList();
    }

    /** A record of {@code type} with every component null, zero or false. */
    private static Object blank(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = !types[i].isPrimitive() ? null
                    : types[i] == boolean.class ? (Object) false
                    : types[i] == long.class ? (Object) 0L
                    : types[i] == int.class ? (Object) 0
                    : (Object) (short) 0;
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a blank " + type.getSimpleName(), e);
        }
    }

    static Money money(String amount) {
        return Money.parse(amount);
    }

    static Posting posting(String debit, String credit, String amount, String code, String reference) {
        return new Posting(debit, credit, Money.parse(amount), code, reference);
    }
}
