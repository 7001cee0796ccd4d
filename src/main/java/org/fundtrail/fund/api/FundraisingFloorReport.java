package org.fundtrail.fund.api;

import org.fundtrail.money.Money;

import java.util.List;

/**
 * The demonstration points of a programme policy against their yearly fundraising floors (seed 002), for readers
 * outside the fund capability (the audit exception report). The same figures as
 * {@code GET /api/funds/fundraising-floors}, over every charity's funds.
 */
public interface FundraisingFloorReport {

    /**
     * @param floor  the yearly floor of the point's rank band; null when the rank is outside every band
     * @param raised cash and in-kind (at converted value) effective in the year, reversals excluded
     */
    record FloorStanding(FundId fundId, String name, String community, String policyId, int rank, Money floor,
                         Money raised, boolean belowFloor) {
    }

    /** Every demonstration point of {@code policyId} in {@code year}; empty when there is no such policy. */
    List<FloorStanding> fundraisingFloors(String policyId, int year);
}
