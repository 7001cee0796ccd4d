package org.fundtrail.fund;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.fund.api.DesignateDemonstrationPoint;
import org.fundtrail.fund.api.FundDesignatedAsDemonstrationPoint;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.FundOpened;
import org.fundtrail.fund.api.OpenFund;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.RestrictedPurpose;
import org.fundtrail.organisation.api.CharityDirectory;
import org.fundtrail.programme.api.ProgrammePolicies;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fundtrail.fund.FundRules.notInFuture;
import static org.fundtrail.fund.FundRules.required;
import static org.fundtrail.fund.FundRules.violation;
import static org.fundtrail.fund.api.FundErrorCode.ALREADY_A_DEMONSTRATION_POINT;
import static org.fundtrail.fund.api.FundErrorCode.CHARITY_NOT_REGISTERED;
import static org.fundtrail.fund.api.FundErrorCode.POLICY_HAS_NO_FUNDRAISING_FLOORS;
import static org.fundtrail.fund.api.FundErrorCode.RANK_NOT_POSITIVE;
import static org.fundtrail.fund.api.FundErrorCode.UNKNOWN_POLICY;
import static org.fundtrail.fund.api.FundErrorCode.DUPLICATE_PURPOSE;
import static org.fundtrail.fund.api.FundErrorCode.NAME_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.PURPOSE_CODE_REQUIRED;
import static org.fundtrail.fund.api.FundErrorCode.TARGET_NEGATIVE;

/**
 * A community fund: its charity, purposes and yearly target. Money in and out is decided by {@link Donation},
 * {@link InKindDonation} and {@link Grant}, so that a busy fund is not one lock every donation waits for.
 */
@Aggregate
class Fund {

    @AggregateIdentifier
    private FundId fundId;
    private final Set<String> designations = new HashSet<>();

    Fund() {
    }

    @CommandHandler
    Fund(OpenFund command, CharityDirectory charities, Clock clock) {
        if (charities.find(command.charityId()).isEmpty()) {
            throw violation(CHARITY_NOT_REGISTERED, "charityId", "no registered charity " + command.charityId().value());
        }
        required(command.name(), NAME_REQUIRED, "name");
        required(command.community(), NAME_REQUIRED, "community");
        if (command.yearlyTarget() == null || command.yearlyTarget().isNegative()) {
            throw violation(TARGET_NEGATIVE, "yearlyTarget", "the yearly fundraising target cannot be negative");
        }
        List<RestrictedPurpose> purposes = command.purposes() == null ? List.of() : command.purposes();
        Set<PurposeCode> seen = new HashSet<>();
        for (int i = 0; i < purposes.size(); i++) {
            RestrictedPurpose purpose = purposes.get(i);
            if (purpose.code() == null) {
                throw violation(PURPOSE_CODE_REQUIRED, "purposes[" + i + "].code", "each restricted purpose has a code, e.g. elderly");
            }
            if (!seen.add(purpose.code())) {
                throw violation(DUPLICATE_PURPOSE, "purposes[" + i + "].code", "purpose '" + purpose.code() + "' is listed twice");
            }
            required(purpose.name(), NAME_REQUIRED, "purposes[" + i + "].name");
        }
        notInFuture(command.effectiveDate(), clock);
        apply(new FundOpened(command.fundId(), command.charityId(), command.name().strip(), command.community().strip(),
                List.copyOf(purposes), command.yearlyTarget(), command.effectiveDate()));
    }

    /** Once per policy: a point's rank decides its floor, and a floor is not re-ranked away quietly. */
    @CommandHandler
    void handle(DesignateDemonstrationPoint command, ProgrammePolicies policies, Clock clock) {
        var policy = policies.find(command.policyId()).orElseThrow(() -> violation(UNKNOWN_POLICY, "policyId",
                "no programme policy '" + command.policyId() + "'"));
        if (policy.fundraisingFloors() == null || policy.fundraisingFloors().isEmpty()) {
            throw violation(POLICY_HAS_NO_FUNDRAISING_FLOORS, "policyId", command.policyId() + " sets no fundraising floors");
        }
        if (command.rank() < 1) {
            throw violation(RANK_NOT_POSITIVE, "rank", "demonstration points are ranked from 1");
        }
        if (designations.contains(command.policyId())) {
            throw violation(ALREADY_A_DEMONSTRATION_POINT, "policyId", "fund " + fundId.value()
                    + " is already a demonstration point of " + command.policyId());
        }
        notInFuture(command.effectiveDate(), clock);
        apply(new FundDesignatedAsDemonstrationPoint(fundId, command.policyId(), command.rank(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(FundOpened event) {
        fundId = event.fundId();
    }

    @EventSourcingHandler
    void on(FundDesignatedAsDemonstrationPoint event) {
        designations.add(event.policyId());
    }
}
