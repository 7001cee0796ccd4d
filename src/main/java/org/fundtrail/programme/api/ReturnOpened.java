package org.fundtrail.programme.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.money.Money;

/** Money at {@code holder} is due back to the treasury along the channel it came down. */
@Revision("1")
public record ReturnOpened(ProgrammeId programmeId, ReturnId returnId, HolderId holder, Money amount, ContractId contractId, String reason) {
}
