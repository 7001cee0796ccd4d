package org.fundtrail.audit.trail;

import org.fundtrail.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trails of events and of the business records behind them (a donation, a contract, an appropriation), computed from
 * the journal's {@code posting} table with FIFO lot attribution (see {@code docs/trails.md}). Read-only.
 *
 * <p>Business ids are resolved to events from the journal itself: a contract through its account names, an
 * appropriation through the posting's reference, a cash donation (whose postings name only the fund's pool) through
 * the event store's stream {@code donation:{id}}.
 */
@Component
public class Trails {

    static final String COLUMNS = "event_id, leg, global_index, event_type, code, debit_account, credit_account, amount, "
            + "effective_date, recorded_at, actor, request_id, reference";

    private final JdbcClient jdbc;
    private final TrailEngine engine;

    Trails(JdbcClient jdbc, SqlLots lots) {
        this.jdbc = jdbc;
        this.engine = new TrailEngine(lots);
    }

    /** The postings of one event and the trail of each. */
    public record EventTrail(String eventId, String eventType, long globalIndex, LocalDate effectiveDate,
                             Instant recordedAt, String actor, String requestId, List<PostingTrail> postings,
                             boolean exact) {
    }

    /**
     * The trail of a business record: its main events ({@code events}: a donation's recording, a contract's tranches,
     * an appropriation) and related ones ({@code related}: a donation's reversal, a contract's earmark).
     *
     * @param amount       what the main events' postings moved
     * @param sources      where that money entered the ledger, per account (adds up to {@code amount})
     * @param destinations where it went or is still held, per account and status (adds up to {@code amount})
     * @param exact        every trail sums exactly, to the fen
     */
    public record SubjectTrail(String subject, String id, Money amount, List<PostingTrail.Endpoint> sources,
                               List<PostingTrail.Endpoint> destinations, boolean exact, List<EventTrail> events,
                               List<EventTrail> related) {
    }

    public Optional<EventTrail> ofEvent(String eventId) {
        List<Move> postings = jdbc.sql("SELECT " + COLUMNS + " FROM posting WHERE event_id = :e ORDER BY leg")
                .param("e", eventId).query((rs, n) -> SqlLots.move(rs, 1)).list();
        if (postings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(byEvent(engine.trails(postings)).get(0));
    }

    /**
     * The event stream an event belongs to ({@code donation:{id}}, {@code contract:{id}}, {@code programme:{id}}, ...),
     * so that a reader of one event's trail can go on to the whole record's.
     */
    public Optional<String> streamOf(String eventId) {
        return jdbc.sql("SELECT aggregateidentifier FROM domainevententry WHERE eventidentifier = :e")
                .param("e", eventId).query(String.class).optional();
    }

    /** A cash or in-kind donation: its recording, and its reversal if any. */
    public Optional<SubjectTrail> ofDonation(String donationId) {
        List<Move> postings = jdbc.sql("SELECT " + COLUMNS + """
                         FROM posting
                        WHERE event_id IN (SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = :stream)
                          AND code IN ('DONATION', 'IN_KIND_DONATION', 'DONATION_REVERSAL', 'IN_KIND_REVERSAL')
                        ORDER BY global_index, leg""")
                .param("stream", "donation:" + donationId).query((rs, n) -> SqlLots.move(rs, 1)).list();
        return subject("donation", donationId, postings,
                move -> move.code().equals("DONATION") || move.code().equals("IN_KIND_DONATION"));
    }

    /** A service contract: its tranches (main) and the earmark they were paid from (related). */
    public Optional<SubjectTrail> ofContract(String contractId) {
        List<Move> postings = jdbc.sql("SELECT " + COLUMNS + """
                         FROM posting
                        WHERE (debit_account = :committed AND code = 'CONTRACT_COMMITMENT')
                           OR (debit_account = :disbursed AND code = 'TRANCHE_PAID')
                        ORDER BY global_index, leg""")
                .param("committed", "contract:" + contractId + ":committed")
                .param("disbursed", "contract:" + contractId + ":disbursed")
                .query((rs, n) -> SqlLots.move(rs, 1)).list();
        return subject("contract", contractId, postings, move -> move.code().equals("TRANCHE_PAID"));
    }

    /** A treasury appropriation to a programme's root holder. */
    public Optional<SubjectTrail> ofAppropriation(String programmeId, String appropriationId) {
        // The literal 'channel:%' matches the predicate of the journal's partial index posting_channel_debit.
        List<Move> postings = jdbc.sql("SELECT " + COLUMNS + """
                         FROM posting
                        WHERE debit_account LIKE 'channel:%' AND debit_account LIKE :prefix
                          AND code = 'APPROPRIATION' AND reference = :id
                        ORDER BY global_index, leg""")
                .param("prefix", escapeLike("channel:" + programmeId + ":") + "%").param("id", appropriationId)
                .query((rs, n) -> SqlLots.move(rs, 1)).list();
        return subject("appropriation", programmeId + "/" + appropriationId, postings, move -> true);
    }

    private Optional<SubjectTrail> subject(String subject, String id, List<Move> postings,
                                           java.util.function.Predicate<Move> main) {
        if (postings.isEmpty()) {
            return Optional.empty();
        }
        List<PostingTrail> trails = engine.trails(postings);
        List<PostingTrail> mainTrails = trails.stream().filter(t -> main.test(t.posting())).toList();
        List<PostingTrail> relatedTrails = trails.stream().filter(t -> !main.test(t.posting())).toList();
        Map<String, long[]> sources = new LinkedHashMap<>();
        Map<String, long[]> destinations = new LinkedHashMap<>();
        long amount = 0;
        for (PostingTrail trail : mainTrails) {
            amount += trail.posting().amount().fen();
            trail.sources().forEach(e -> sources.computeIfAbsent(e.account() + "|" + e.status(), k -> new long[1])[0] += e.amount().fen());
            trail.destinations().forEach(e -> destinations.computeIfAbsent(e.account() + "|" + e.status(), k -> new long[1])[0] += e.amount().fen());
        }
        boolean exact = trails.stream().allMatch(PostingTrail::exact);
        return Optional.of(new SubjectTrail(subject, id, Money.ofFen(amount), endpoints(sources), endpoints(destinations),
                exact, byEvent(mainTrails), byEvent(relatedTrails)));
    }

    private static List<EventTrail> byEvent(List<PostingTrail> trails) {
        Map<String, List<PostingTrail>> grouped = new LinkedHashMap<>();
        trails.forEach(t -> grouped.computeIfAbsent(t.posting().eventId(), k -> new ArrayList<>()).add(t));
        List<EventTrail> events = new ArrayList<>(grouped.size());
        grouped.forEach((eventId, legs) -> {
            Move first = legs.get(0).posting();
            events.add(new EventTrail(eventId, first.eventType(), first.globalIndex(), first.effectiveDate(),
                    first.recordedAt(), first.actor(), first.requestId(), List.copyOf(legs),
                    legs.stream().allMatch(PostingTrail::exact)));
        });
        return events;
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
