package org.fundtrail.audit.trail;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fundtrail.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** FIFO lot attribution: splits, several inflows, partial consumption, to the fen; and that it always sums exactly. */
class FifoAttributionTest {

    private static final String DONORS = "donors:wechat-pay";
    private static final String POOL = "fund:f1:restricted:elderly";
    private static final String COMMITTED = "fund:f1:committed:g1";
    private static final String GRANTEE = "grantees:53120000000000001X";

    // ---------------------------------------------------------------------------------------------------------------
    // Examples

    @Test
    void anOutflowLargerThanTheOldestLotIsSplitAcrossTheNextOnes() {
        Journal j = new Journal();
        Move d1 = j.move(POOL, DONORS, 600_00, "DONATION");
        Move d2 = j.move(POOL, DONORS, 400_00, "DONATION");
        Move award = j.move(COMMITTED, POOL, 800_00, "GRANT_AWARDED");

        PostingTrail trail = j.trail(award);

        assertThat(trail.exact()).isTrue();
        assertThat(trail.backward().status()).isEqualTo(TrailNode.Status.MOVED);
        assertThat(trail.backward().next()).extracting(n -> n.via().eventId(), n -> n.amount().toString(), TrailNode::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d1.eventId(), "600.00", TrailNode.Status.SOURCE),
                        org.assertj.core.groups.Tuple.tuple(d2.eventId(), "200.00", TrailNode.Status.SOURCE));
        assertThat(trail.sources()).containsExactly(endpoint(DONORS, TrailNode.Status.SOURCE, "800.00"));
        // the award is not yet paid: all of it is still held in the grant's committed account
        assertThat(trail.destinations()).containsExactly(endpoint(COMMITTED, TrailNode.Status.HELD, "800.00"));
    }

    @Test
    void aDonationsForwardTrailEndsAtTheGranteeForWhatWasPaidAndIsHeldForTheRest() {
        Journal j = new Journal();
        Move d1 = j.move(POOL, DONORS, 600_00, "DONATION");
        Move d2 = j.move(POOL, DONORS, 400_00, "DONATION");
        j.move(COMMITTED, POOL, 800_00, "GRANT_AWARDED");
        j.move(GRANTEE, COMMITTED, 500_00, "GRANT_PAID");

        PostingTrail first = j.trail(d1);
        PostingTrail second = j.trail(d2);

        assertThat(first.exact()).isTrue();
        assertThat(first.destinations()).containsExactlyInAnyOrder(
                endpoint(GRANTEE, TrailNode.Status.TERMINAL, "500.00"),
                endpoint(COMMITTED, TrailNode.Status.HELD, "100.00"));
        assertThat(second.destinations()).containsExactlyInAnyOrder(
                endpoint(COMMITTED, TrailNode.Status.HELD, "200.00"),
                endpoint(POOL, TrailNode.Status.HELD, "200.00"));
        // hop by hop: pool → committed (award) → grantee (payment)
        TrailNode award = first.forward().next().get(0);
        assertThat(award.via().code()).isEqualTo("GRANT_AWARDED");
        assertThat(award.account()).isEqualTo(COMMITTED);
        assertThat(award.next().get(0).via().code()).isEqualTo("GRANT_PAID");
        assertThat(award.next().get(0).status()).isEqualTo(TrailNode.Status.TERMINAL);
        // and the payment goes back, to the fen, to the first donation only
        PostingTrail payment = j.trail(j.moves.get(3));
        assertThat(payment.sources()).containsExactly(endpoint(DONORS, TrailNode.Status.SOURCE, "500.00"));
        assertThat(payment.backward().next().get(0).next().get(0).via().eventId()).isEqualTo(d1.eventId());
    }

    @Test
    void partialConsumptionToTheFen() {
        Journal j = new Journal();
        Move a = j.move(POOL, DONORS, 333_33, "DONATION");
        Move b = j.move(POOL, DONORS, 1, "DONATION");
        Move c = j.move(POOL, DONORS, 666_66, "DONATION");
        Move out1 = j.move(COMMITTED, POOL, 333_34, "GRANT_AWARDED");
        Move out2 = j.move(COMMITTED, POOL, 0_01, "GRANT_AWARDED");

        assertThat(j.trail(out1).backward().next()).extracting(n -> n.via().eventId(), n -> n.amount().fen())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.eventId(), 333_33L),
                        org.assertj.core.groups.Tuple.tuple(b.eventId(), 1L));
        assertThat(j.trail(out2).backward().next()).extracting(n -> n.via().eventId(), n -> n.amount().fen())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(c.eventId(), 1L));
        PostingTrail third = j.trail(c);
        assertThat(third.destinations()).containsExactlyInAnyOrder(
                endpoint(COMMITTED, TrailNode.Status.HELD, "0.01"), endpoint(POOL, TrailNode.Status.HELD, "666.65"));
    }

    @Test
    void aTrancheGoesBackToTheAppropriationThroughTheAllocationAndForwardToSpendingClawbackAndTheTreasury() {
        Journal j = new Journal();
        String treasury = "treasury:pj";
        String city = "channel:p:city";
        String district = "channel:p:district";
        String committed = "contract:c:committed";
        String disbursed = "contract:c:disbursed";
        String due = "contract:c:clawback-due";
        j.move(city, treasury, 200_000_00, "APPROPRIATION");
        j.move(district, city, 200_000_00, "ALLOCATION");
        j.move(committed, district, 200_000_00, "CONTRACT_COMMITMENT");
        Move tranche = j.move(disbursed, committed, 120_000_00, "TRANCHE_PAID");
        j.move("contract:c:spent:personnel", disbursed, 50_000_00, "EXPENDITURE");
        j.move("contract:c:spent:activities", disbursed, 20_000_00, "EXPENDITURE");
        j.move(due, disbursed, 50_000_00, "CLAWBACK_DEMANDED");
        j.move(district, due, 50_000_00, "CLAWBACK_REPAID");
        j.move(district, committed, 80_000_00, "COMMITMENT_RELEASED");
        j.move(city, district, 130_000_00, "RETURN_HOP");
        j.move(treasury, city, 130_000_00, "RETURN_TO_TREASURY");

        PostingTrail trail = j.trail(tranche);

        assertThat(trail.exact()).isTrue();
        assertThat(trail.sources()).containsExactly(endpoint(treasury, TrailNode.Status.SOURCE, "120000.00"));
        List<String> back = new ArrayList<>();
        for (TrailNode node = trail.backward(); node != null; node = node.next().isEmpty() ? null : node.next().get(0)) {
            back.add(node.via().code() + "@" + node.account());
        }
        assertThat(back).containsExactly("TRANCHE_PAID@" + committed, "CONTRACT_COMMITMENT@" + district,
                "ALLOCATION@" + city, "APPROPRIATION@" + treasury);
        assertThat(trail.destinations()).containsExactlyInAnyOrder(
                endpoint("contract:c:spent:personnel", TrailNode.Status.TERMINAL, "50000.00"),
                endpoint("contract:c:spent:activities", TrailNode.Status.TERMINAL, "20000.00"),
                endpoint(treasury, TrailNode.Status.TERMINAL, "50000.00"));
        // the appropriation: everything accounted for, the released 80,000.00 back at the treasury too
        PostingTrail appropriation = j.trail(j.moves.get(0));
        assertThat(appropriation.destinations()).containsExactlyInAnyOrder(
                endpoint("contract:c:spent:personnel", TrailNode.Status.TERMINAL, "50000.00"),
                endpoint("contract:c:spent:activities", TrailNode.Status.TERMINAL, "20000.00"),
                endpoint(treasury, TrailNode.Status.TERMINAL, "130000.00"));
    }

    @Test
    void anOutflowNoEarlierInflowCoversIsUnattributed() {
        Journal j = new Journal();
        j.move(POOL, DONORS, 100_00, "DONATION");
        Move over = j.move(COMMITTED, POOL, 150_00, "GRANT_AWARDED");

        PostingTrail trail = j.trail(over);

        assertThat(trail.exact()).isTrue();
        assertThat(trail.sources()).containsExactlyInAnyOrder(endpoint(DONORS, TrailNode.Status.SOURCE, "100.00"),
                endpoint(POOL, TrailNode.Status.UNATTRIBUTED, "50.00"));
    }

    @Test
    void aPostingIntoAnAccountOutsideTheFundsIsTerminalAndOneOutOfItIsASource() {
        Journal j = new Journal();
        Move donation = j.move(POOL, DONORS, 10_00, "DONATION");
        Move reversal = j.move(DONORS, POOL, 10_00, "DONATION_REVERSAL");

        assertThat(j.trail(donation).backward().status()).isEqualTo(TrailNode.Status.SOURCE);
        assertThat(j.trail(donation).destinations()).containsExactly(endpoint(DONORS, TrailNode.Status.TERMINAL, "10.00"));
        assertThat(j.trail(reversal).forward().status()).isEqualTo(TrailNode.Status.TERMINAL);
        assertThat(j.trail(reversal).sources()).containsExactly(endpoint(DONORS, TrailNode.Status.SOURCE, "10.00"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Properties

    /** One step of a random journal: move a share of what the credit account holds to the debit account. */
    record Step(int from, int to, int permille, long fresh) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(1, 1000), Arbitraries.longs().between(1, 1_000_000_00L)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    /**
     * Accounts 0..2 hold money; 3 is a source (donors), 4 a terminal (grantees). Every step moves at most what the
     * paying account holds, so no account that holds money is ever overdrawn.
     */
    private static Journal randomJournal(List<Step> steps) {
        String[] accounts = {"fund:a:unrestricted", "fund:a:committed:g", "contract:k:disbursed", "donors:bank", "grantees:53120000000000002X"};
        Journal j = new Journal();
        long[] held = new long[3];
        for (Step s : steps) {
            int from = s.from() == 4 ? 3 : s.from();
            int to = s.to() == 3 ? 4 : s.to();
            if (from == to) {
                continue;
            }
            long amount = from == 3 ? s.fresh() : held[from] * s.permille() / 1000;
            if (amount <= 0) {
                continue;
            }
            if (from < 3) {
                held[from] -= amount;
            }
            if (to < 3) {
                held[to] += amount;
            }
            j.move(accounts[to], accounts[from], amount, "STEP");
        }
        return j;
    }

    @Property(tries = 300)
    void everyTrailSumsExactlyToTheFen(@ForAll("steps") List<Step> steps) {
        Journal j = randomJournal(steps);
        for (PostingTrail trail : new TrailEngine(j.lots()).trails(j.moves)) {
            long amount = trail.posting().amount().fen();
            assertThat(trail.exact()).as("trail of %s", trail.posting()).isTrue();
            assertThat(trail.sources().stream().mapToLong(e -> e.amount().fen()).sum()).isEqualTo(amount);
            assertThat(trail.destinations().stream().mapToLong(e -> e.amount().fen()).sum()).isEqualTo(amount);
            assertThat(trail.sources()).allSatisfy(e -> assertThat(e.status()).isEqualTo(TrailNode.Status.SOURCE));
            assertThat(trail.destinations()).allSatisfy(e -> assertThat(e.status())
                    .isIn(TrailNode.Status.TERMINAL, TrailNode.Status.HELD));
        }
    }

    @Property(tries = 300)
    void runningSumOverlapIsExactlyFifoWithAQueueOfLots(@ForAll("steps") List<Step> steps) {
        Journal j = randomJournal(steps);
        InMemoryLots lots = j.lots();
        // the definition: every account holds a queue of lots; each outflow takes from the oldest, splitting the last
        Map<String, Deque<long[]>> queues = new HashMap<>(); // lot: index of move, from, to
        Map<String, List<String>> consumed = new LinkedHashMap<>();   // outflow key -> "inflowKey[from,to)"
        Map<String, List<String>> consumers = new LinkedHashMap<>();  // inflow key -> "outflowKey[from,to)"
        for (int i = 0; i < j.moves.size(); i++) {
            Move move = j.moves.get(i);
            if (!TrailEngine.isOutside(move.creditAccount())) {
                Deque<long[]> queue = queues.computeIfAbsent(move.creditAccount(), a -> new ArrayDeque<>());
                long need = move.amount().fen();
                long offset = 0;
                while (need > 0) {
                    long[] lot = queue.peekFirst();
                    long take = Math.min(need, lot[2] - lot[1]);
                    Move inflow = j.moves.get((int) lot[0]);
                    consumed.computeIfAbsent(move.key(), k -> new ArrayList<>()).add(inflow.key() + "[" + lot[1] + "," + (lot[1] + take) + ")");
                    consumers.computeIfAbsent(inflow.key(), k -> new ArrayList<>()).add(move.key() + "[" + offset + "," + (offset + take) + ")");
                    lot[1] += take;
                    offset += take;
                    need -= take;
                    if (lot[1] == lot[2]) {
                        queue.pollFirst();
                    }
                }
            }
            if (!TrailEngine.isOutside(move.debitAccount())) {
                queues.computeIfAbsent(move.debitAccount(), a -> new ArrayDeque<>()).addLast(new long[]{i, 0, move.amount().fen()});
            }
        }
        for (Move move : j.moves) {
            if (!TrailEngine.isOutside(move.creditAccount())) {
                List<LotSource.Piece> pieces = lots.inflowsConsumedBy(List.of(
                        new LotSource.Slice(move.creditAccount(), move, 0, move.amount().fen()))).get(0);
                assertThat(pieces.stream().map(p -> p.move().key() + "[" + p.from() + "," + p.to() + ")").toList())
                        .as("lots consumed by %s", move).isEqualTo(consumed.getOrDefault(move.key(), List.of()));
            }
            if (!TrailEngine.isOutside(move.debitAccount())) {
                List<LotSource.Piece> pieces = lots.outflowsConsuming(List.of(
                        new LotSource.Slice(move.debitAccount(), move, 0, move.amount().fen()))).get(0);
                assertThat(pieces.stream().map(p -> p.move().key() + "[" + p.from() + "," + p.to() + ")").toList())
                        .as("outflows consuming %s", move).isEqualTo(consumers.getOrDefault(move.key(), List.of()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static PostingTrail.Endpoint endpoint(String account, TrailNode.Status status, String amount) {
        return new PostingTrail.Endpoint(account, status, Money.parse(amount));
    }

    /** A journal in memory, one leg per event. */
    static final class Journal {
        final List<Move> moves = new ArrayList<>();

        Move move(String debit, String credit, long fen, String code) {
            Move move = new Move(UUID.randomUUID().toString(), 1, moves.size() + 1, code, code, debit, credit,
                    Money.ofFen(fen), LocalDate.of(2023, 1, 1).plusDays(moves.size()), Instant.EPOCH.plusSeconds(moves.size()),
                    "tester", "req-" + moves.size(), null);
            moves.add(move);
            return move;
        }

        InMemoryLots lots() {
            return new InMemoryLots(moves);
        }

        PostingTrail trail(Move move) {
            return new TrailEngine(lots()).trails(List.of(move)).get(0);
        }
    }
}
