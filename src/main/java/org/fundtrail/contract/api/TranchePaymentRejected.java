package org.fundtrail.contract.api;

import org.axonframework.serialization.Revision;

/** A proposed tranche payment was rejected; it may be proposed again. */
@Revision("1")
public record TranchePaymentRejected(ContractId contractId, int number, String reason, String rejectedBy) {
}
