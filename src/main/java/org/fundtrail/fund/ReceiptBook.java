package org.fundtrail.fund;

import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.organisation.api.CharityId;

/** Issues a charity's donation receipt numbers, one sequence per charity and year, with no gaps. */
interface ReceiptBook {

    ReceiptNumber next(CharityId charityId, int year);
}
