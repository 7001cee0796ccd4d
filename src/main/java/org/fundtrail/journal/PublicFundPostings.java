package org.fundtrail.journal;

import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.ExpenditureAccepted;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.contract.api.TranchePaid;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.AllocationApproved;
import org.fundtrail.programme.api.ContractFunded;
import org.fundtrail.programme.api.FundsAppropriated;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ReturnHopRecorded;
import org.fundtrail.programme.api.TreasuryId;

import java.time.LocalDate;
import java.util.List;

import static org.fundtrail.journal.PostingRules.leg;
import static org.fundtrail.journal.PostingRules.nonZero;

/**
 * How the public stream posts: treasury money down a programme's channel of holders, into a contract's earmark, out to
 * the contractor in tranches, and back (surplus, clawbacks, released earmarks, returns up the channel to the treasury).
 * Part of {@link PostingRules}.
 *
 * <p>The accounts a contract's money passes through, in order: {@code contract:{c}:committed} (earmarked, not yet
 * paid), {@code contract:{c}:disbursed} (paid to the contractor, not yet accounted for), then one of
 * {@code contract:{c}:spent:{category}} (accepted expenditure), {@code contract:{c}:clawback-due} (owed back) or the
 * funding holder's channel account (surplus returned). Only a contract's disbursed account ever feeds its spent
 * accounts, which is what lets a statement find them.
 *
 * <p>Post nothing: ProgrammeCreated, AllocationProposed, AllocationRejected, ContractSigned (its money was earmarked
 * by ContractFunded), TrancheBecameDue, TranchePaymentProposed, TranchePaymentRejected, MilestoneRecorded,
 * ExpenditureReported, ExpenditureRejected (the money stays disbursed until clawed back), ClawbackOverdue, FraudFound
 * (the recovery is a ClawbackDemanded) and ReturnOpened (the money stays with its holder until the first hop).
 */
final class PublicFundPostings {

    private PublicFundPostings() {
    }

    /** The entry of a public-stream event that moves money; null for any other event. */
    static JournalEntry entryFor(Object event) {
        if (event instanceof FundsAppropriated e) {
            return entry(e.effectiveDate(), leg(channel(e.programmeId(), e.rootHolder()), treasury(e.treasuryId()),
                    e.amount(), "APPROPRIATION", e.appropriationId().value()));
        }
        if (event instanceof AllocationApproved e) {
            return entry(e.effectiveDate(), leg(channel(e.programmeId(), e.toHolder()), channel(e.programmeId(), e.fromHolder()),
                    e.amount(), "ALLOCATION", e.allocationId().value()));
        }
        if (event instanceof ContractFunded e) {
            return entry(e.effectiveDate(), leg(committed(e.contractId()), channel(e.programmeId(), e.fundingHolder()),
                    e.amount(), "CONTRACT_COMMITMENT"));
        }
        if (event instanceof TranchePaid e) {
            return entry(e.effectiveDate(), leg(disbursed(e.contractId()), committed(e.contractId()),
                    e.amount(), "TRANCHE_PAID", Integer.toString(e.number())));
        }
        if (event instanceof ExpenditureAccepted e) {
            return entry(e.effectiveDate(), leg(spent(e.contractId(), e.category()), disbursed(e.contractId()),
                    e.amount(), "EXPENDITURE", e.expenditureId().value()));
        }
        if (event instanceof ClawbackDemanded e) {
            return entry(e.effectiveDate(), leg(clawbackDue(e.contractId()), disbursed(e.contractId()),
                    e.amount(), "CLAWBACK_DEMANDED", e.clawbackId().value()));
        }
        if (event instanceof ClawbackRepaid e) {
            return entry(e.effectiveDate(), leg(channel(e.programmeId(), e.fundingHolder()), clawbackDue(e.contractId()),
                    e.amount(), "CLAWBACK_REPAID", e.clawbackId().value()));
        }
        if (event instanceof SurplusReturned e) {
            return entry(e.effectiveDate(), leg(channel(e.programmeId(), e.fundingHolder()), disbursed(e.contractId()),
                    e.amount(), "SURPLUS_RETURNED"));
        }
        if (event instanceof ContractTerminated e) {
            return entry(e.effectiveDate(), released(e.contractId(), e.programmeId(), e.fundingHolder(), e.released()));
        }
        if (event instanceof ContractClosed e) {
            return entry(e.effectiveDate(), released(e.contractId(), e.programmeId(), e.fundingHolder(), e.released()));
        }
        if (event instanceof ReturnHopRecorded e) {
            return entry(e.effectiveDate(), returnHop(e));
        }
        return null;
    }

    /** The earmark never paid goes back to the holder that funded the contract. */
    private static PostingRules.Leg released(ContractId contract, ProgrammeId programme, HolderId fundingHolder, Money released) {
        return leg(channel(programme, fundingHolder), committed(contract), released, "COMMITMENT_RELEASED");
    }

    /**
     * One hop up the channel; the last hop reaches the treasury. Refunded in the programme's own budget year it
     * restores the appropriation; in a later year it is the finance bureau's non-tax income.
     */
    private static PostingRules.Leg returnHop(ReturnHopRecorded e) {
        String from = channel(e.programmeId(), e.fromHolder());
        String reference = e.returnId().value();
        if (e.toHolder() != null) {
            return leg(channel(e.programmeId(), e.toHolder()), from, e.amount(), "RETURN_HOP", reference);
        }
        String treasury = e.sameBudgetYear() ? treasury(e.treasuryId()) : nonTaxIncome(e.treasuryId());
        return leg(treasury, from, e.amount(), "RETURN_TO_TREASURY", reference);
    }

    private static JournalEntry entry(LocalDate effectiveDate, PostingRules.Leg leg) {
        return new JournalEntry(effectiveDate, nonZero(List.of(leg)));
    }

    static String treasury(TreasuryId treasury) {
        return "treasury:" + treasury.value();
    }

    static String nonTaxIncome(TreasuryId treasury) {
        return treasury(treasury) + ":non-tax-income";
    }

    static String channel(ProgrammeId programme, HolderId holder) {
        return "channel:" + programme.value() + ":" + holder.value();
    }

    static String committed(ContractId contract) {
        return contract(contract) + "committed";
    }

    static String disbursed(ContractId contract) {
        return contract(contract) + "disbursed";
    }

    static String clawbackDue(ContractId contract) {
        return contract(contract) + "clawback-due";
    }

    static String spent(ContractId contract, String category) {
        return contract(contract) + "spent:" + category;
    }

    private static String contract(ContractId contract) {
        return "contract:" + contract.value() + ":";
    }
}
