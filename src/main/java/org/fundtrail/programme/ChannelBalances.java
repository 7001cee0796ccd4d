package org.fundtrail.programme;

import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;

/**
 * What each holder along a programme's channel holds, for the commands that take money from it. Two pools per
 * holder: money it may allocate or commit, and money that is on its way back to the treasury (released by a
 * contract, returned by a contractor, or set aside by an opened return), which may only travel up the channel.
 */
interface ChannelBalances {

    /** Locks the holder against other outflows until the transaction ends; returns what it may allocate or commit. */
    Money lockAvailable(ProgrammeId programmeId, HolderId holder);

    /** Locks the holder likewise; returns what it holds for returns to the treasury. */
    Money lockReturnDue(ProgrammeId programmeId, HolderId holder);
}
