package org.fundtrail.audit.exceptions;

/** What an auditor must look at, one kind of finding each. */
public enum ExceptionKind {
    /** A tranche paid although its condition was not on record, or after an evaluation failed. */
    TRANCHE_PAID_WITHOUT_CONDITION,
    /** Accepted expenditure in a budget category the contract's policy forbids. */
    FORBIDDEN_CATEGORY_EXPENDITURE,
    /** A clawback flagged overdue, or past its due date, with money still owed. */
    OVERDUE_CLAWBACK,
    /** A contract past its end date that still holds money (committed, disbursed or owed back) and is not closed. */
    CONTRACT_PAST_END_WITH_MONEY,
    /** A fund at a demonstration point that raised less than its policy's floor for the year. */
    FUND_BELOW_FLOOR,
    /** A journal entry recorded more than N days after its effective date. */
    BACKDATED_ENTRY,
    /** A reversed donation, cash or in kind. */
    REVERSAL
}
