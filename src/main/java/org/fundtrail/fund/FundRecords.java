package org.fundtrail.fund;

import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.security.Access;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What staff may read of funds, for the API and the staff pages alike: every read checks the reader's charity
 * first (403 for another charity's fund, 404 for none), then reads the fund read model.
 */
@Service
public class FundRecords {

    private static final int MAX_PAGE = 1000;

    private final FundQueries queries;
    private final FundAccess fundAccess;
    private final Access access;
    private final Clock clock;

    FundRecords(FundQueries queries, FundAccess fundAccess, Access access, Clock clock) {
        this.queries = queries;
        this.fundAccess = fundAccess;
        this.access = access;
        this.clock = clock;
    }

    /** Funds the reader may see: charity staff their own charity's, admins and auditors all. */
    public List<FundQueries.FundSummary> funds() {
        return queries.funds(access.readScope());
    }

    public FundQueries.FundSummary fund(FundId fundId) {
        fundAccess.requireRead(fundId);
        return queries.fund(fundId).orElseThrow(() -> notFound(fundId));
    }

    /** Fundraising against the yearly target; the current year when {@code year} is null. */
    public FundQueries.Progress progress(FundId fundId, Integer year) {
        fundAccess.requireRead(fundId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return queries.progress(fundId, y).orElseThrow(() -> notFound(fundId));
    }

    /** Newest first, with donors' names. */
    public List<FundQueries.DonationView> donations(FundId fundId, int limit, int offset) {
        fundAccess.requireRead(fundId);
        return queries.donations(fundId, Math.min(Math.max(limit, 1), MAX_PAGE), Math.max(offset, 0));
    }

    public Optional<FundQueries.DonationView> donation(FundId fundId, DonationId donationId) {
        fundAccess.requireRead(fundId);
        return queries.donation(fundId, donationId);
    }

    public List<FundQueries.ItemView> items(FundId fundId, DonationId donationId) {
        fundAccess.requireRead(fundId);
        return queries.donation(fundId, donationId).map(d -> queries.items(d.id())).orElse(List.of());
    }

    public List<FundQueries.GrantView> grants(FundId fundId) {
        fundAccess.requireRead(fundId);
        return queries.grants(fundId);
    }

    public Optional<FundQueries.GrantView> grant(FundId fundId, String grantId) {
        return grants(fundId).stream().filter(g -> g.id().equals(grantId)).findFirst();
    }

    /** Before a form is shown: only those who may write for the fund's charity get it. */
    public void requireWrite(FundId fundId) {
        fundAccess.requireWrite(fundId);
    }

    private static ProblemHandler.NotFound notFound(FundId fundId) {
        return new ProblemHandler.NotFound("no fund " + fundId.value());
    }
}
