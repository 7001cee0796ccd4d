package org.fundtrail.transparency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractSigned;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.BudgetLine;
import org.fundtrail.contract.api.ExpenditureAccepted;
import org.fundtrail.contract.api.FraudFound;
import org.fundtrail.contract.api.MilestoneRecorded;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.contract.api.Tranche;
import org.fundtrail.contract.api.TrancheBecameDue;
import org.fundtrail.contract.api.TranchePaid;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorNames;
import org.fundtrail.fund.api.FundOpened;
import org.fundtrail.fund.api.GrantAwarded;
import org.fundtrail.fund.api.GrantPaid;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.fund.api.RestrictedPurpose;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityRegistered;
import org.fundtrail.organisation.api.OrganisationRegistered;
import org.fundtrail.programme.api.AllocationApproved;
import org.fundtrail.programme.api.AllocationProposed;
import org.fundtrail.programme.api.AllocationRejected;
import org.fundtrail.programme.api.FundsAppropriated;
import org.fundtrail.programme.api.ProgrammeCreated;
import org.fundtrail.programme.api.ReturnHopRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The facts the public may see, copied from events into the {@code public_*} tables. It keeps no personal data: no
 * free text from events (reasons, descriptions, findings, recipients may name people), no user ids, and a donor only
 * by the display form of the name, worked out once here (see {@link DonorDisplayName}). Decides nothing; rebuilt by
 * replay, {@link #reset()} empties every table.
 */
@Component
@ProcessingGroup(PublicReadModel.PROCESSING_GROUP)
class PublicReadModel {

    static final String PROCESSING_GROUP = "public-read-model";

    private final JdbcClient jdbc;
    private final DonorNames donorNames;

    PublicReadModel(JdbcClient jdbc, DonorNames donorNames) {
        this.jdbc = jdbc;
        this.donorNames = donorNames;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Programmes and their channel

    @EventHandler
    void on(ProgrammeCreated e) {
        jdbc.sql("""
                        INSERT INTO public_programme (programme_id, name, fiscal_year, root_holder, created_on)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.programmeId().value(), e.name(), e.fiscalYear(), e.rootHolder().value(), e.effectiveDate())
                .update();
        jdbc.sql("""
                        INSERT INTO public_holder (programme_id, holder, name, parent, depth)
                        VALUES (?, ?, ?, NULL, 0) ON CONFLICT DO NOTHING""")
                .params(e.programmeId().value(), e.rootHolder().value(), e.rootHolderName()).update();
    }

    @EventHandler
    void on(FundsAppropriated e) {
        addToProgramme(e.programmeId().value(), "appropriated", e.amount());
    }

    @EventHandler
    void on(AllocationProposed e) {
        jdbc.sql("""
                        INSERT INTO public_allocation (programme_id, allocation_id, from_holder, to_holder, to_name, amount, status)
                        VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED') ON CONFLICT DO NOTHING""")
                .params(e.programmeId().value(), e.allocationId().value(), e.fromHolder().value(), e.toHolder().value(),
                        e.toHolderName(), e.amount().fen())
                .update();
    }

    @EventHandler
    void on(AllocationApproved e) {
        String programme = e.programmeId().value();
        jdbc.sql("UPDATE public_allocation SET status = 'APPROVED', approved_on = ? WHERE programme_id = ? AND allocation_id = ?")
                .params(e.effectiveDate(), programme, e.allocationId().value()).update();
        jdbc.sql("""
                        INSERT INTO public_holder (programme_id, holder, name, parent, depth)
                        SELECT a.programme_id, a.to_holder, a.to_name, a.from_holder, COALESCE(p.depth, 0) + 1
                          FROM public_allocation a
                          LEFT JOIN public_holder p ON p.programme_id = a.programme_id AND p.holder = a.from_holder
                         WHERE a.programme_id = ? AND a.allocation_id = ?
                        ON CONFLICT DO NOTHING""")
                .params(programme, e.allocationId().value()).update();
        jdbc.sql("UPDATE public_programme SET allocated = allocated + ? WHERE programme_id = ? AND root_holder = ?")
                .params(e.amount().fen(), programme, e.fromHolder().value()).update();
    }

    @EventHandler
    void on(AllocationRejected e) {
        jdbc.sql("UPDATE public_allocation SET status = 'REJECTED' WHERE programme_id = ? AND allocation_id = ?")
                .params(e.programmeId().value(), e.allocationId().value()).update();
    }

    /** Only the last hop, into the treasury, counts as returned: the hops before it move money within the channel. */
    @EventHandler
    void on(ReturnHopRecorded e, @MessageIdentifier String eventId) {
        if (e.toHolder() != null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO public_treasury_return (event_id, programme_id, amount, budget_year, same_budget_year, returned_on)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, e.programmeId().value(), e.amount().fen(), e.budgetYear(), e.sameBudgetYear(), e.effectiveDate())
                .update();
        addToProgramme(e.programmeId().value(), "returned", e.amount());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Organisations and charities (legal entities: their names are public)

    @EventHandler
    void on(OrganisationRegistered e) {
        jdbc.sql("INSERT INTO public_organisation (organisation_id, name, credit_code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(e.organisationId().value(), e.name(), e.creditCode()).update();
    }

    @EventHandler
    void on(CharityRegistered e) {
        jdbc.sql("INSERT INTO public_charity (charity_id, name, credit_code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(e.charityId().value(), e.name(), e.creditCode()).update();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Contracts

    @EventHandler
    void on(ContractSigned e) {
        String contract = e.contractId().value();
        jdbc.sql("""
                        INSERT INTO public_contract (contract_id, programme_id, organisation_id, funding_holder, community, county,
                                                     year, amount, start_date, end_date, signed_on, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SIGNED') ON CONFLICT DO NOTHING""")
                .params(contract, e.programmeId().value(), e.organisationId().value(), e.fundingHolder().value(),
                        e.community(), e.county(), e.year(), e.amount().fen(), e.startDate(), e.endDate(), e.effectiveDate())
                .update();
        for (Tranche tranche : e.tranches()) {
            jdbc.sql("""
                            INSERT INTO public_tranche (contract_id, number, percent, amount, condition, planned_on, status)
                            VALUES (?, ?, ?, ?, ?, ?, 'WAITING') ON CONFLICT DO NOTHING""")
                    .params(contract, tranche.number(), tranche.percent(), tranche.amount().fen(), tranche.condition().name(),
                            PlannedDates.of(tranche.condition(), e.effectiveDate(), e.startDate(), e.endDate()))
                    .update();
        }
        for (BudgetLine line : e.budget()) {
            jdbc.sql("INSERT INTO public_budget_category (contract_id, category, budget) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(contract, line.category(), line.amount().fen()).update();
        }
    }

    @EventHandler
    void on(TrancheBecameDue e) {
        jdbc.sql("UPDATE public_tranche SET status = 'DUE' WHERE contract_id = ? AND number = ? AND status = 'WAITING'")
                .params(e.contractId().value(), e.number()).update();
    }

    @EventHandler
    void on(TranchePaid e) {
        String contract = e.contractId().value();
        jdbc.sql("UPDATE public_tranche SET status = 'PAID', paid_on = ? WHERE contract_id = ? AND number = ?")
                .params(e.effectiveDate(), contract, e.number()).update();
        addToContract(contract, "paid", e.amount());
        addToProgramme(e.programmeId().value(), "paid", e.amount());
    }

    /** A failed evaluation blocks every tranche not yet paid. */
    @EventHandler
    void on(MilestoneRecorded e, @MessageIdentifier String eventId) {
        String contract = e.contractId().value();
        jdbc.sql("""
                        INSERT INTO public_evaluation (event_id, contract_id, milestone, passed, recorded_on)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, contract, e.milestone().name(), e.passed(), e.effectiveDate()).update();
        if (!e.passed()) {
            jdbc.sql("UPDATE public_tranche SET status = 'BLOCKED' WHERE contract_id = ? AND status IN ('WAITING', 'DUE')")
                    .param(contract).update();
        }
    }

    @EventHandler
    void on(ExpenditureAccepted e) {
        String contract = e.contractId().value();
        jdbc.sql("""
                        INSERT INTO public_budget_category (contract_id, category, spent) VALUES (?, ?, ?)
                        ON CONFLICT (contract_id, category) DO UPDATE SET spent = public_budget_category.spent + EXCLUDED.spent""")
                .params(contract, e.category(), e.amount().fen()).update();
        addToContract(contract, "spent", e.amount());
        jdbc.sql("""
                        UPDATE public_programme SET spent = spent + ?
                         WHERE programme_id = (SELECT programme_id FROM public_contract WHERE contract_id = ?)""")
                .params(e.amount().fen(), contract).update();
    }

    @EventHandler
    void on(ClawbackDemanded e) {
        String contract = e.contractId().value();
        jdbc.sql("""
                        INSERT INTO public_clawback (contract_id, clawback_id, amount, due_on, demanded_on, fraud)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(contract, e.clawbackId().value(), e.amount().fen(), e.dueDate(), e.effectiveDate(), e.fraud())
                .update();
        addToContract(contract, "clawback_demanded", e.amount());
        if (e.fraud()) {
            // the money a published finding recovers: the clawback the finding itself demands, on the same day
            jdbc.sql("UPDATE public_fraud_finding SET amount = amount + ? WHERE contract_id = ? AND found_on = ?")
                    .params(e.amount().fen(), contract, e.effectiveDate()).update();
        }
    }

    @EventHandler
    void on(ClawbackRepaid e) {
        String contract = e.contractId().value();
        jdbc.sql("UPDATE public_clawback SET repaid = repaid + ? WHERE contract_id = ? AND clawback_id = ?")
                .params(e.amount().fen(), contract, e.clawbackId().value()).update();
        addToContract(contract, "clawback_repaid", e.amount());
        addToProgramme(e.programmeId().value(), "clawed_back", e.amount());
    }

    @EventHandler
    void on(SurplusReturned e, @MessageIdentifier String eventId) {
        String contract = e.contractId().value();
        jdbc.sql("INSERT INTO public_surplus_return (event_id, contract_id, amount, returned_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(eventId, contract, e.amount().fen(), e.effectiveDate()).update();
        addToContract(contract, "returned", e.amount());
    }

    /** Only a finding its officer chose to publish appears, and then only the fact, never its text. */
    @EventHandler
    void on(FraudFound e, @MessageIdentifier String eventId) {
        if (!e.publish()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO public_fraud_finding (event_id, contract_id, found_on, debarred_until)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, e.contractId().value(), e.effectiveDate(), e.debarredUntil()).update();
    }

    @EventHandler
    void on(ContractTerminated e) {
        ended(e.contractId(), "TERMINATED", e.effectiveDate());
    }

    @EventHandler
    void on(ContractClosed e) {
        ended(e.contractId(), "CLOSED", e.effectiveDate());
    }

    private void ended(ContractId contractId, String status, LocalDate on) {
        String contract = contractId.value();
        jdbc.sql("UPDATE public_contract SET status = ?, ended_on = ? WHERE contract_id = ?")
                .params(status, on, contract).update();
        jdbc.sql("UPDATE public_tranche SET status = 'CANCELLED' WHERE contract_id = ? AND status IN ('WAITING', 'DUE')")
                .param(contract).update();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Community funds

    @EventHandler
    void on(FundOpened e) {
        String fund = e.fundId().value();
        jdbc.sql("""
                        INSERT INTO public_fund (fund_id, charity_id, name, community, target, opened_on)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(fund, e.charityId().value(), e.name(), e.community(), e.yearlyTarget().fen(), e.effectiveDate())
                .update();
        for (RestrictedPurpose purpose : e.purposes()) {
            jdbc.sql("INSERT INTO public_fund_purpose (fund_id, purpose, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(fund, purpose.code().value(), purpose.name()).update();
        }
    }

    @EventHandler
    void on(DonationRecorded e) {
        jdbc.sql("""
                        INSERT INTO public_donation (donation_id, fund_id, kind, donor_kind, anonymous, donor_display, amount,
                                                     purpose, donated_on)
                        VALUES (?, ?, 'CASH', ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.donationId().value(), e.fundId().value(), e.donorKind().name(), e.anonymous(),
                        displayName(e.donorId(), e.anonymous(), e.nameMayBePublished()), e.amount().fen(),
                        e.purpose() == null ? null : e.purpose().value(), e.effectiveDate())
                .update();
        addToFund(e.fundId().value(), "raised_cash", e.amount());
    }

    @EventHandler
    void on(InKindDonationRecorded e) {
        jdbc.sql("""
                        INSERT INTO public_donation (donation_id, fund_id, kind, donor_kind, anonymous, donor_display, amount,
                                                     purpose, valuation_basis, donated_on)
                        VALUES (?, ?, 'IN_KIND', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.donationId().value(), e.fundId().value(), e.donorKind().name(), e.anonymous(),
                        displayName(e.donorId(), e.anonymous(), e.nameMayBePublished()), e.value().fen(),
                        e.purpose() == null ? null : e.purpose().value(), e.valuationBasis().name(), e.effectiveDate())
                .update();
        for (InKindItem item : e.items()) {
            jdbc.sql("INSERT INTO public_in_kind_item (donation_id, line, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(e.donationId().value(), item.line(), item.value().fen()).update();
        }
        addToFund(e.fundId().value(), "raised_in_kind", e.value());
    }

    @EventHandler
    void on(DonationReversed e) {
        reversed(e.donationId().value(), e.effectiveDate());
        addToFund(e.fundId().value(), "raised_cash", e.amount().negate());
    }

    @EventHandler
    void on(InKindDonationReversed e) {
        reversed(e.donationId().value(), e.effectiveDate());
        addToFund(e.fundId().value(), "raised_in_kind", e.value().negate());
    }

    @EventHandler
    void on(GrantAwarded e) {
        jdbc.sql("""
                        INSERT INTO public_grant (grant_id, fund_id, purpose, amount, awarded_on)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.grantId().value(), e.fundId().value(),
                        e.pool().purpose() == null ? null : e.pool().purpose().value(), e.amount().fen(), e.effectiveDate())
                .update();
        addToFund(e.fundId().value(), "granted", e.amount());
    }

    @EventHandler
    void on(GrantPaid e) {
        jdbc.sql("UPDATE public_grant SET paid = paid + ? WHERE grant_id = ?")
                .params(e.amount().fen(), e.grantId().value()).update();
        addToFund(e.fundId().value(), "grants_paid", e.amount());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE public_programme, public_holder, public_allocation, public_treasury_return, public_organisation,
                         public_charity, public_contract, public_tranche, public_budget_category, public_clawback,
                         public_surplus_return, public_evaluation, public_fraud_finding, public_fund, public_fund_purpose,
                         public_donation, public_in_kind_item, public_grant""").update();
    }

    private String displayName(DonorId donor, boolean anonymous, boolean consented) {
        if (anonymous) {
            return null; // never looked up: an anonymous donor's name has no way onto a public page
        }
        return DonorDisplayName.of(false, consented, donorNames.nameOf(donor).orElse(null));
    }

    private void reversed(String donationId, LocalDate on) {
        jdbc.sql("UPDATE public_donation SET reversed = TRUE, reversed_on = ? WHERE donation_id = ?")
                .params(on, donationId).update();
    }

    // The column names below are constants of this class, never input.

    private void addToProgramme(String programmeId, String column, Money amount) {
        jdbc.sql("UPDATE public_programme SET " + column + " = " + column + " + ? WHERE programme_id = ?")
                .params(amount.fen(), programmeId).update();
    }

    private void addToContract(String contractId, String column, Money amount) {
        jdbc.sql("UPDATE public_contract SET " + column + " = " + column + " + ? WHERE contract_id = ?")
                .params(amount.fen(), contractId).update();
    }

    private void addToFund(String fundId, String column, Money amount) {
        jdbc.sql("UPDATE public_fund SET " + column + " = " + column + " + ? WHERE fund_id = ?")
                .params(amount.fen(), fundId).update();
    }
}
