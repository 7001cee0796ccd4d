package org.fundtrail.fund;

import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.FundraisingFloorReport;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@link FundraisingFloorReport} from the fund read model: the floor report of the staff API, unscoped. */
@Component
class FundraisingFloors implements FundraisingFloorReport {

    private final FundQueries queries;
    private final ProgrammePolicies policies;

    FundraisingFloors(FundQueries queries, ProgrammePolicies policies) {
        this.queries = queries;
        this.policies = policies;
    }

    @Override
    public List<FloorStanding> fundraisingFloors(String policyId, int year) {
        return policies.find(policyId)
                .map(policy -> queries.fundraisingFloors(policy, year, null).stream()
                        .map(line -> new FloorStanding(FundId.of(line.fundId()), line.name(), line.community(), policyId,
                                line.rank(), line.floor(), line.raised(), line.belowFloor()))
                        .toList())
                .orElse(List.of());
    }
}
