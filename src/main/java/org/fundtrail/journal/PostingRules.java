package org.fundtrail.journal;

import org.fundtrail.money.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * How each event posts, as listed in {@code ledger/chart-of-accounts.yaml}: the charity stream in
 * {@link FundPostings}, the public stream in {@link PublicFundPostings}; each event type is handled in exactly one of
 * them. A pure function of the event, so that a rebuild from the event store gives the same postings. Events that move
 * no money post nothing.
 */
final class PostingRules {

    private PostingRules() {
    }

    static JournalEntry entryFor(Object event) {
        JournalEntry entry = FundPostings.entryFor(event);
        if (entry == null) {
            entry = PublicFundPostings.entryFor(event);
        }
        return entry == null ? JournalEntry.NONE : entry;
    }

    /** One leg before it is known to move anything. */
    record Leg(String debit, String credit, Money amount, String code, String reference) {
    }

    static Leg leg(String debit, String credit, Money amount, String code) {
        return new Leg(debit, credit, amount, code, null);
    }

    static Leg leg(String debit, String credit, Money amount, String code, String reference) {
        return new Leg(debit, credit, amount, code, reference);
    }

    /** Zero legs (a sale at exactly book value, a contract closed with nothing left to release) are not postings. */
    static List<Posting> nonZero(List<Leg> legs) {
        List<Posting> postings = new ArrayList<>();
        for (Leg leg : legs) {
            if (leg.amount().fen() != 0) {
                postings.add(new Posting(leg.debit(), leg.credit(), leg.amount(), leg.code(), leg.reference()));
            }
        }
        return postings;
    }
}
