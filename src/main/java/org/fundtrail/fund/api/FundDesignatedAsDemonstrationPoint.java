package org.fundtrail.fund.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The fund's community is demonstration point {@code rank} of the programme policy {@code policyId}. */
@Revision("1")
public record FundDesignatedAsDemonstrationPoint(FundId fundId, String policyId, int rank, LocalDate effectiveDate) {
}
