package org.fundtrail.audit.trail;

import org.fundtrail.money.Money;

import java.util.List;

/**
 * Some money, to the fen, in one account, and what happened to it next.
 *
 * <p>In a <b>backward</b> trail a node says: {@code amount} was in {@code account} and left it by {@code via}; its
 * {@code next} nodes say how that money had come into {@code account} (the lots it was taken from, oldest first).
 * In a <b>forward</b> trail a node says: {@code amount} entered {@code account} by {@code via}; its {@code next} nodes
 * say which later postings took it out of {@code account}, and what is still held there.
 *
 * <p>A node with {@code next} ({@link Status#MOVED}) always has next nodes whose amounts add up to its own, to the fen.
 */
public record TrailNode(String account, Money amount, Status status, Move via, List<TrailNode> next) {

    public enum Status {
        /** Followed further: see {@code next}. */
        MOVED,
        /** Backward end: the money entered the ledger here (a treasury, a donor channel, a gain on selling goods). */
        SOURCE,
        /** Forward end: the money left the funds here (accepted spending, a grantee, beneficiaries, a treasury, a donor, a loss). */
        TERMINAL,
        /** Forward end: the money is still in {@code account}; {@code via} is null. */
        HELD,
        /** Backward end: an outflow the account's earlier inflows do not cover (an overdraft; the conservation check reports it). */
        UNATTRIBUTED,
        /** Not followed further: the trail reached its depth limit. */
        TRUNCATED
    }
}
