package org.fundtrail.journal;

import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GoodsDistributed;
import org.fundtrail.fund.api.GoodsSold;
import org.fundtrail.fund.api.GrantAwarded;
import org.fundtrail.fund.api.GrantId;
import org.fundtrail.fund.api.GrantPaid;
import org.fundtrail.fund.api.InKindDonationRecorded;
import org.fundtrail.fund.api.InKindDonationReversed;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.money.Money;

import java.util.List;

import static org.fundtrail.journal.PostingRules.leg;
import static org.fundtrail.journal.PostingRules.nonZero;

/**
 * How the charity stream posts: donations and in-kind gifts into a community fund, goods leaving it, fund grants.
 * Part of {@link PostingRules}.
 */
final class FundPostings {

    private FundPostings() {
    }

    /** The entry of a charity-stream event; null when the event is not one. */
    static JournalEntry entryFor(Object event) {
        if (event instanceof DonationRecorded e) {
            return new JournalEntry(e.effectiveDate(), List.of(new Posting(pool(e.fundId(), e.pool()), "donors:" + e.channel().accountSegment(), e.amount(), "DONATION")));
        }
        if (event instanceof DonationReversed e) {
            return new JournalEntry(e.effectiveDate(), List.of(new Posting("donors:" + e.channel().accountSegment(), pool(e.fundId(), e.pool()), e.amount(), "DONATION_REVERSAL")));
        }
        if (event instanceof InKindDonationRecorded e) {
            return new JournalEntry(e.effectiveDate(), List.of(new Posting(goods(e.fundId(), e.donationId()), "donors:in-kind", e.value(), "IN_KIND_DONATION")));
        }
        if (event instanceof InKindDonationReversed e) {
            return new JournalEntry(e.effectiveDate(), List.of(new Posting("donors:in-kind", goods(e.fundId(), e.donationId()), e.value(), "IN_KIND_REVERSAL")));
        }
        if (event instanceof GoodsDistributed e) {
            return new JournalEntry(e.effectiveDate(), nonZero(List.of(leg("beneficiaries:fund:" + e.fundId().value(), goods(e.fundId(), e.donationId()), e.bookValue(), "GOODS_DISTRIBUTED"))));
        }
        if (event instanceof GoodsSold e) {
            return new JournalEntry(e.effectiveDate(), goodsSold(e));
        }
        if (event instanceof GrantAwarded e) {
            return new JournalEntry(e.effectiveDate(), List.of(new Posting(committed(e.fundId(), e.grantId()), pool(e.fundId(), e.pool()), e.amount(), "GRANT_AWARDED")));
        }
        if (event instanceof GrantPaid e) {
            return new JournalEntry(e.effectiveDate(), List.of(new Posting("grantees:" + e.granteeCreditCode(), committed(e.fundId(), e.grantId()), e.amount(), "GRANT_PAID")));
        }
        return null;
    }

    /**
     * The proceeds enter the pool; the goods leave at book value; the difference is the disposal result (a gain is a
     * credit to it, a loss a debit).
     */
    private static List<Posting> goodsSold(GoodsSold e) {
        String pool = pool(e.fundId(), e.pool());
        String goods = goods(e.fundId(), e.donationId());
        String result = "fund:" + e.fundId().value() + ":disposal-result";
        Money gain = e.gain();
        List<PostingRules.Leg> legs = gain.isNegative()
                ? List.of(leg(pool, goods, e.proceeds(), "GOODS_SOLD"), leg(result, goods, gain.negate(), "GOODS_SALE_LOSS"))
                : List.of(leg(pool, goods, e.bookValue(), "GOODS_SOLD"), leg(pool, result, gain, "GOODS_SALE_GAIN"));
        return nonZero(legs);
    }

    private static String pool(FundId fund, Pool pool) {
        return "fund:" + fund.value() + ":" + pool.key();
    }

    private static String goods(FundId fund, DonationId donation) {
        return "fund:" + fund.value() + ":goods:" + donation.value();
    }

    private static String committed(FundId fund, GrantId grant) {
        return "fund:" + fund.value() + ":committed:" + grant.value();
    }
}
