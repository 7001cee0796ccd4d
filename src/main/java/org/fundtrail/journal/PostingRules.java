package org.fundtrail.journal;

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
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.money.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * How each event posts, as listed in {@code ledger/chart-of-accounts.yaml}. A pure function of the event, so that a
 * rebuild from the event store gives the same postings. Events that move no money post nothing.
 */
final class PostingRules {

    private PostingRules() {
    }

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
        return JournalEntry.NONE;
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
        List<Leg> legs = gain.isNegative()
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

    private record Leg(String debit, String credit, Money amount, String code) {
    }

    private static Leg leg(String debit, String credit, Money amount, String code) {
        return new Leg(debit, credit, amount, code);
    }

    /** Zero legs (a sale at exactly book value, goods with no value left) are not postings. */
    private static List<Posting> nonZero(List<Leg> legs) {
        List<Posting> postings = new ArrayList<>();
        for (Leg leg : legs) {
            if (leg.amount().isPositive()) {
                postings.add(new Posting(leg.debit(), leg.credit(), leg.amount(), leg.code()));
            }
        }
        return postings;
    }
}
