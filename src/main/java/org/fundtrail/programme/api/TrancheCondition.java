package org.fundtrail.programme.api;

/** What must be on record before a tranche may be paid. */
public enum TrancheCondition {
    /** The contract is signed (Panjin 60%, Fuzhou 80%). */
    CONTRACT_SIGNED,
    /** A mid-term evaluation passed (Panjin 40%). */
    MIDTERM_EVALUATION_PASSED,
    /** The final acceptance passed (Fuzhou 20%; Shenyang pays 100% on completion). */
    FINAL_ACCEPTANCE_PASSED
}
