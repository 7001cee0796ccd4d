package org.fundtrail.contract.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** An expenditure was found improperly used (不合理使用): its money may be clawed back. */
@Revision("1")
public record ExpenditureRejected(ContractId contractId, ExpenditureId expenditureId, String category, Money amount, String reason, String rejectedBy) {
}
