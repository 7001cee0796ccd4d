package org.fundtrail.audit.trail;

import org.fundtrail.money.Money;

import java.util.List;

/**
 * Where the money of one posting came from and where it went.
 *
 * @param posting      the posting traced
 * @param backward     the money as it left the posting's credit account, and, hop by hop, the lots it was taken from,
 *                     back to where it entered the ledger
 * @param forward      the money as it entered the posting's debit account, and, hop by hop, how it was consumed, down
 *                     to where it left the funds or is still held
 * @param sources      the ends of the backward trail, summed per account and status; they add up to the amount
 * @param destinations the ends of the forward trail, summed per account and status; they add up to the amount
 * @param exact        every node's next nodes add up to it, to the fen, in both directions
 */
public record PostingTrail(Move posting, TrailNode backward, TrailNode forward, List<Endpoint> sources,
                           List<Endpoint> destinations, boolean exact) {

    /** Money ending in one account with one status. */
    public record Endpoint(String account, TrailNode.Status status, Money amount) {
    }
}
