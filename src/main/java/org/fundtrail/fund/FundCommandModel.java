package org.fundtrail.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fundtrail.fund.api.DonationRecorded;
import org.fundtrail.fund.api.DonationReversed;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.FundOpened;
import org.fundtrail.fund.api.GoodsSold;
import org.fundtrail.fund.api.GrantAwarded;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The fund's command-side tables: the directory of funds and their purposes, the movements of each pool, and the
 * receipt counters. Written by a subscribing handler inside the command's own transaction, so a command that
 * follows sees exactly what is in the event store; never reset or replayed like a read model.
 */
@Component
@ProcessingGroup("fund-command-model")
class FundCommandModel implements FundDirectory, FundPools, ReceiptBook {

    private static final int MAX_REMEMBERED = 100_000;

    private final JdbcClient jdbc;
    private final java.util.Map<FundId, FundFacts> knownFunds = new java.util.concurrent.ConcurrentHashMap<>();

    FundCommandModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FundOpened event) {
        jdbc.sql("INSERT INTO fund_directory (fund_id, charity_id, opened_on) VALUES (?, ?, ?)")
                .params(event.fundId().value(), event.charityId().value(), event.effectiveDate())
                .update();
        event.purposes().forEach(purpose -> jdbc.sql("INSERT INTO fund_directory_purpose (fund_id, purpose) VALUES (?, ?)")
                .params(event.fundId().value(), purpose.code().value())
                .update());
    }

    @EventHandler
    void on(DonationRecorded event) {
        move(event.fundId(), event.pool(), event.amount());
    }

    @EventHandler
    void on(DonationReversed event) {
        move(event.fundId(), event.pool(), event.amount().negate());
    }

    @EventHandler
    void on(GoodsSold event) {
        move(event.fundId(), event.pool(), event.proceeds());
    }

    @EventHandler
    void on(GrantAwarded event) {
        move(event.fundId(), event.pool(), event.amount().negate());
    }

    private void move(FundId fundId, Pool pool, Money amount) {
        if (amount.fen() == 0) {
            return;
        }
        jdbc.sql("INSERT INTO fund_pool_movement (fund_id, pool, amount) VALUES (?, ?, ?)")
                .params(fundId.value(), pool.key(), amount.fen())
                .update();
    }

    /**
     * A fund's facts never change once it is opened, and every donation needs them: remember them. Only funds found
     * are remembered (a fund opened later is looked up again), so no node ever answers from a stale miss.
     */
    @Override
    public Optional<FundFacts> find(FundId fundId) {
        FundFacts known = knownFunds.get(fundId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FundFacts> found = load(fundId);
        found.ifPresent(facts -> {
            if (knownFunds.size() < MAX_REMEMBERED) {
                knownFunds.put(fundId, facts);
            }
        });
        return found;
    }

    private Optional<FundFacts> load(FundId fundId) {
        return jdbc.sql("SELECT charity_id, opened_on FROM fund_directory WHERE fund_id = ?")
                .param(fundId.value())
                .query((rs, n) -> new FundFacts(fundId, CharityId.of(rs.getString(1)), purposesOf(fundId),
                        rs.getDate(2).toLocalDate()))
                .optional();
    }

    private Set<PurposeCode> purposesOf(FundId fundId) {
        return new HashSet<>(jdbc.sql("SELECT purpose FROM fund_directory_purpose WHERE fund_id = ?")
                .param(fundId.value())
                .query((rs, n) -> PurposeCode.of(rs.getString(1)))
                .list());
    }

    /**
     * A transaction-scoped advisory lock on the pool serialises outflows; the sum then includes every outflow that
     * committed before the lock was granted (read committed takes a fresh snapshot per statement).
     */
    @Override
    public Money lockForOutflow(FundId fundId, Pool pool) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("fund-pool:" + fundId.value() + ":" + pool.key())
                .query().singleRow();
        long held = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM fund_pool_movement WHERE fund_id = ? AND pool = ?")
                .params(fundId.value(), pool.key())
                .query(Long.class).single();
        return Money.ofFen(held);
    }

    /** The counter row stays locked until the donation's transaction ends, so numbers are issued without gaps. */
    @Override
    public ReceiptNumber next(CharityId charityId, int year) {
        long number = jdbc.sql("""
                        INSERT INTO receipt_counter (charity_id, year, last_number) VALUES (?, ?, 1)
                        ON CONFLICT (charity_id, year) DO UPDATE SET last_number = receipt_counter.last_number + 1
                        RETURNING last_number""")
                .params(charityId.value(), year)
                .query(Long.class).single();
        return ReceiptNumber.format(charityId.value(), year, number);
    }
}
