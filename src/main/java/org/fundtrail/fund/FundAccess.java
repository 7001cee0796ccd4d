package org.fundtrail.fund;

import org.fundtrail.fund.api.FundId;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.security.Access;
import org.springframework.stereotype.Component;

/** Resolves a fund's charity and checks that the current user may work on it; unknown funds are 404. */
@Component
class FundAccess {

    private final FundDirectory directory;
    private final Access access;

    FundAccess(FundDirectory directory, Access access) {
        this.directory = directory;
        this.access = access;
    }

    CharityId requireWrite(FundId fundId) {
        CharityId charity = charityOf(fundId);
        access.requireWriteFor(charity);
        return charity;
    }

    CharityId requireRead(FundId fundId) {
        CharityId charity = charityOf(fundId);
        access.requireReadFor(charity);
        return charity;
    }

    private CharityId charityOf(FundId fundId) {
        return directory.find(fundId)
                .map(FundDirectory.FundFacts::charityId)
                .orElseThrow(() -> new ProblemHandler.NotFound("no fund " + fundId.value()));
    }
}
