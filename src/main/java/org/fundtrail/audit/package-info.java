/**
 * Audit: fund trails, balances at a date on both clocks, the exception report, exports, and the integrity of the
 * event log (hash chain, Merkle roots, inclusion proofs). Read-only, behind the AUDITOR role.
 */
package org.fundtrail.audit;
