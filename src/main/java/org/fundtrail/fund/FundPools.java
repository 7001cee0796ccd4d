package org.fundtrail.fund;

import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.money.Money;

/**
 * What each pool of a fund holds, for the aggregates that take money out of it.
 * <p>
 * Inflows never need a lock (they cannot overdraw anything), so a busy fund's donations do not queue behind one
 * another. Outflows take the pool's lock first, which holds until their transaction ends: two grants racing for the
 * last yuan are decided one after the other, each seeing what the other took.
 */
interface FundPools {

    /** Locks {@code pool} against other outflows for the rest of this transaction and returns its balance. */
    Money lockForOutflow(FundId fundId, Pool pool);
}
