package org.fundtrail.programme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.money.Money;

/** Open the return of money a holder must send back up the channel to the treasury. */
public record OpenReturn(@TargetAggregateIdentifier ProgrammeId programmeId, ReturnId returnId, HolderId holder, Money amount, ContractId contractId, String reason) {
}
