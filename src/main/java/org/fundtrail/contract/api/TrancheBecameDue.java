package org.fundtrail.contract.api;

import org.axonframework.serialization.Revision;
import org.fundtrail.money.Money;

/** A tranche's condition is on record: it may now be proposed for payment. */
@Revision("1")
public record TrancheBecameDue(ContractId contractId, int number, Money amount) {
}
