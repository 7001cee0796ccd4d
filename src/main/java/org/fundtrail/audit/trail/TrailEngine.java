package org.fundtrail.audit.trail;

import org.fundtrail.money.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Follows money hop by hop with FIFO lot attribution, one {@link LotSource} round trip per hop and direction for all
 * the postings traced together (breadth first). Pure: it knows the journal only through its {@link LotSource}.
 */
final class TrailEngine {

    /** Hops followed at most in either direction; a real trail has about ten. */
    static final int MAX_DEPTH = 64;

    /**
     * Accounts outside the funds, which hold no lots: money leaving them enters the ledger (sources), money entering
     * them leaves it (terminals). Treasuries (and their non-tax income), donor channels, grantees, beneficiaries,
     * a contract's accepted spending, and the disposal result of donated goods.
     */
    private static final Pattern OUTSIDE = Pattern.compile(
            "^(treasury:.*|donors:.*|grantees:.*|beneficiaries:.*|contract:[^:]+:spent:.*|fund:[^:]+:disposal-result)$");

    private final LotSource lots;

    TrailEngine(LotSource lots) {
        this.lots = lots;
    }

    static boolean isOutside(String account) {
        return OUTSIDE.matcher(account).matches();
    }

    /** The trail of each posting, in the order given. */
    List<PostingTrail> trails(List<Move> postings) {
        List<Node> backward = new ArrayList<>();
        List<Node> forward = new ArrayList<>();
        for (Move posting : postings) {
            backward.add(new Node(posting.creditAccount(), posting.amount().fen(), posting));
            forward.add(new Node(posting.debitAccount(), posting.amount().fen(), posting));
        }
        traceBackward(backward);
        traceForward(forward);
        List<PostingTrail> trails = new ArrayList<>(postings.size());
        for (int i = 0; i < postings.size(); i++) {
            Node back = backward.get(i);
            Node fwd = forward.get(i);
            Map<String, long[]> sources = new LinkedHashMap<>();
            Map<String, long[]> destinations = new LinkedHashMap<>();
            back.leaves(sources);
            fwd.leaves(destinations);
            trails.add(new PostingTrail(postings.get(i), back.toRecord(), fwd.toRecord(), endpoints(sources),
                    endpoints(destinations), back.exact() && fwd.exact()));
        }
        return trails;
    }

    private record Pending(Node node, LotSource.Slice slice) {
    }

    /** Which way a trail is followed, and what its ends are called. */
    private enum Direction {
        /** Where money came from: the inflows each outflow consumed, back to a source. */
        BACKWARD(TrailNode.Status.SOURCE, TrailNode.Status.UNATTRIBUTED),
        /** Where money went: the outflows that consumed each inflow, on to a terminal account or still held. */
        FORWARD(TrailNode.Status.TERMINAL, TrailNode.Status.HELD);

        final TrailNode.Status outside;
        final TrailNode.Status uncovered;

        Direction(TrailNode.Status outside, TrailNode.Status uncovered) {
            this.outside = outside;
            this.uncovered = uncovered;
        }

        String nextAccount(Move move) {
            return this == BACKWARD ? move.creditAccount() : move.debitAccount();
        }
    }

    private void traceBackward(List<Node> roots) {
        trace(roots, Direction.BACKWARD);
    }

    private void traceForward(List<Node> roots) {
        trace(roots, Direction.FORWARD);
    }

    /** Breadth first, one lot query per level for every branch at that level. */
    private void trace(List<Node> roots, Direction direction) {
        List<Pending> level = new ArrayList<>();
        for (Node root : roots) {
            if (isOutside(root.account)) {
                root.status = direction.outside;
            } else {
                level.add(new Pending(root, new LotSource.Slice(root.account, root.via, 0, root.amount)));
            }
        }
        for (int depth = 0; !level.isEmpty(); depth++) {
            if (depth >= MAX_DEPTH) {
                level.forEach(p -> p.node.status = TrailNode.Status.TRUNCATED);
                return;
            }
            List<LotSource.Slice> slices = level.stream().map(Pending::slice).toList();
            List<List<LotSource.Piece>> answers = direction == Direction.BACKWARD
                    ? lots.inflowsConsumedBy(slices) : lots.outflowsConsuming(slices);
            List<Pending> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i++) {
                Node node = level.get(i).node;
                node.status = TrailNode.Status.MOVED;
                long covered = 0;
                for (LotSource.Piece piece : answers.get(i)) {
                    Node child = node.add(new Node(direction.nextAccount(piece.move()), piece.length(), piece.move()));
                    covered += piece.length();
                    if (isOutside(child.account)) {
                        child.status = direction.outside;
                    } else {
                        next.add(new Pending(child, new LotSource.Slice(child.account, piece.move(), piece.from(), piece.to())));
                    }
                }
                if (covered < node.amount) {
                    node.add(new Node(node.account, node.amount - covered, null)).status = direction.uncovered;
                }
            }
            level = next;
        }
    }

    private static List<PostingTrail.Endpoint> endpoints(Map<String, long[]> sums) {
        List<PostingTrail.Endpoint> endpoints = new ArrayList<>(sums.size());
        sums.forEach((key, fen) -> {
            int bar = key.lastIndexOf('|');
            endpoints.add(new PostingTrail.Endpoint(key.substring(0, bar), TrailNode.Status.valueOf(key.substring(bar + 1)),
                    Money.ofFen(fen[0])));
        });
        return endpoints;
    }

    /** A node while its trail is being followed. */
    private static final class Node {
        final String account;
        final long amount;
        final Move via;
        TrailNode.Status status;
        List<Node> next;

        Node(String account, long amount, Move via) {
            this.account = account;
            this.amount = amount;
            this.via = via;
        }

        Node add(Node child) {
            if (next == null) {
                next = new ArrayList<>();
            }
            next.add(child);
            return child;
        }

        /** Iterative walks: a trail may be wide, and deep up to {@link #MAX_DEPTH}. */
        boolean exact() {
            List<Node> stack = new ArrayList<>(List.of(this));
            while (!stack.isEmpty()) {
                Node node = stack.remove(stack.size() - 1);
                if (node.status == TrailNode.Status.MOVED) {
                    long sum = 0;
                    if (node.next != null) {
                        for (Node child : node.next) {
                            sum += child.amount;
                            stack.add(child);
                        }
                    }
                    if (sum != node.amount) {
                        return false;
                    }
                }
            }
            return true;
        }

        void leaves(Map<String, long[]> sums) {
            List<Node> stack = new ArrayList<>(List.of(this));
            while (!stack.isEmpty()) {
                Node node = stack.remove(stack.size() - 1);
                if (node.status == TrailNode.Status.MOVED && node.next != null) {
                    for (int i = node.next.size() - 1; i >= 0; i--) {
                        stack.add(node.next.get(i));
                    }
                } else if (node.status != TrailNode.Status.MOVED) {
                    sums.computeIfAbsent(node.account + "|" + node.status, k -> new long[1])[0] += node.amount;
                }
            }
        }

        TrailNode toRecord() {
            List<TrailNode> children = next == null ? List.of() : next.stream().map(Node::toRecord).toList();
            return new TrailNode(account, Money.ofFen(amount), status, via, children);
        }
    }
}
