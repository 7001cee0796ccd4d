package org.fundtrail.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Record donated goods (捐赠物资) with the basis of their valuation and the evidence for it. */
public record RecordInKindDonation(@TargetAggregateIdentifier DonationId donationId, FundId fundId, DonorId donorId,
                                   DonorKind donorKind, boolean anonymous, boolean nameMayBePublished,
                                   List<Line> items, ValuationBasis valuationBasis, String evidenceReference,
                                   PurposeCode purpose, LocalDate effectiveDate) {

    public record Line(String description, BigDecimal quantity, String unit, org.fundtrail.money.Money unitValue) {
    }
}
