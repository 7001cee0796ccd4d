package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Designate a fund's community as a demonstration point (示范创建点) of a programme whose policy sets yearly
 * fundraising floors by the point's rank (Tianjin 2024: points 1–5 raise at least 50,000.00 a year, 6–11 20,000.00).
 */
public record DesignateDemonstrationPoint(@TargetAggregateIdentifier FundId fundId, String policyId, int rank,
                                          LocalDate effectiveDate) {
}
