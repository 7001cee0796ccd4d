package org.fundtrail.transparency;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammeId;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link PublicQueries} answers: the disclosed facts, as the public read model holds them. Names are those of
 * bureaus, organisations and charities (legal entities); a donor appears only by {@code donorDisplay}.
 */
public final class PublicFacts {

    private PublicFacts() {
    }

    /** Sums over every programme and every community fund. */
    public record Totals(Money appropriated, Money allocated, Money paid, Money spent, Money clawedBack,
                         Money returned, Money fundsRaisedCash, Money fundsRaisedInKind) {
        public Money fundsRaised() {
            return fundsRaisedCash.plus(fundsRaisedInKind);
        }
    }

    public record Programme(ProgrammeId id, String name, int fiscalYear, String rootHolderName, LocalDate createdOn,
                            Money appropriated, Money allocated, Money paid, Money spent, Money clawedBack,
                            Money returned) {
    }

    /** One approved hop down the channel: from a bureau to a district, county or street. */
    public record Allocation(String fromName, String toName, int level, Money amount, LocalDate approvedOn) {
    }

    /** Money that reached the treasury again at the end of a return. */
    public record TreasuryReturn(Money amount, int budgetYear, boolean sameBudgetYear, LocalDate returnedOn) {
    }

    /** status: SIGNED, TERMINATED or CLOSED. */
    public record Contract(ContractId id, ProgrammeId programmeId, String programmeName, String organisation,
                           String organisationCreditCode, String community, String county, int year, Money amount,
                           LocalDate startDate, LocalDate endDate, LocalDate signedOn, String status, LocalDate endedOn,
                           Money paid, Money spent, Money clawbackDemanded, Money clawbackRepaid, Money returned,
                           List<Tranche> tranches, List<Evaluation> evaluations) {
    }

    /** condition: a {@code TrancheCondition} name; status: WAITING, DUE, PAID, BLOCKED or CANCELLED. */
    public record Tranche(int number, int percent, Money amount, String condition, LocalDate plannedOn, String status,
                          LocalDate paidOn) {
    }

    /** milestone: MIDTERM_EVALUATION or FINAL_ACCEPTANCE. */
    public record Evaluation(String milestone, boolean passed, LocalDate recordedOn) {
    }

    public record BudgetCategory(String category, Money budget, Money spent) {
    }

    public record Clawback(Money amount, Money repaid, LocalDate demandedOn, LocalDate dueOn, boolean fraud) {
        public Money outstanding() {
            return amount.minus(repaid);
        }
    }

    public record SurplusReturn(Money amount, LocalDate returnedOn) {
    }

    /** A published fraud finding: the fact, its date, the money it recovers and the debarment; never its text. */
    public record FraudFinding(LocalDate foundOn, Money amount, LocalDate debarredUntil) {
    }

    public record ProgrammeDetail(Programme programme, List<Allocation> allocations, List<Contract> contracts,
                                  List<TreasuryReturn> treasuryReturns) {
    }

    public record ContractDetail(Contract contract, List<BudgetCategory> categories, List<Clawback> clawbacks,
                                 List<SurplusReturn> returns, List<FraudFinding> fraudFindings) {
    }

    public record Fund(FundId id, String name, String charity, String community, Money target, LocalDate openedOn,
                       Money raisedCash, Money raisedInKind, Money granted, Money grantsPaid) {
        public Money raised() {
            return raisedCash.plus(raisedInKind);
        }

        /** Whole percent of the target reached (0 when there is no target), for the progress bar. */
        public int percentOfTarget() {
            if (target.fen() <= 0) {
                return 0;
            }
            return (int) Math.min(100, raised().fen() * 100 / target.fen());
        }
    }

    /**
     * A donation as the public sees it. {@code donorDisplay} is the full name (consented), the masked name ("张*"),
     * or null (anonymous, or no name on record); {@code purpose} is the restricted purpose's name, null if unrestricted.
     * For goods, {@code amount} is the converted value and {@code valuationBasis} how it was valued.
     */
    public record Donation(String kind, String donorKind, boolean anonymous, String donorDisplay, Money amount,
                           String purpose, String valuationBasis, LocalDate donatedOn, boolean reversed,
                           List<Money> itemValues) {
    }

    /** purpose: the restricted purpose's name, or null for the unrestricted pool. */
    public record Grant(String purpose, Money amount, Money paid, LocalDate awardedOn) {
    }

    public record FundDetail(Fund fund, List<Donation> donations, int donationCount, List<Donation> inKind,
                             List<Grant> grants) {
    }
}
