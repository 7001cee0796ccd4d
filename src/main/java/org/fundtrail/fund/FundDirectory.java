package org.fundtrail.fund;

import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.organisation.api.CharityId;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What a donation or grant needs to know about its fund: that it exists, its charity, its purposes. These facts
 * rarely change, so donations check them here instead of queueing behind the fund's aggregate lock.
 */
interface FundDirectory {

    Optional<FundFacts> find(FundId fundId);

    record FundFacts(FundId fundId, CharityId charityId, Set<PurposeCode> purposes, LocalDate openedOn) {

        boolean hasPurpose(PurposeCode purpose) {
            return purposes.contains(purpose);
        }
    }
}
