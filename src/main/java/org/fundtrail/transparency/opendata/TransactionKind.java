package org.fundtrail.transparency.opendata;

/**
 * What a row of the open transactions is, and how it maps onto the IATI TransactionType codelist
 * (1 Incoming Funds, 2 Outgoing Commitment, 3 Disbursement, 4 Expenditure). Money coming back (a clawback repaid, a
 * surplus returned, a return to the treasury) is the original type with a negative value: IATI's 7 "Reimbursement"
 * is a disbursement for costs the recipient has already met, not money given back. docs/open-data.md explains each.
 */
public enum TransactionKind {
    APPROPRIATION(1, 1),
    ALLOCATION(3, 1),
    CONTRACT_COMMITMENT(2, 1),
    TRANCHE_DISBURSEMENT(3, 1),
    EXPENDITURE(4, 1),
    CLAWBACK_REPAYMENT(3, -1),
    SURPLUS_RETURN(3, -1),
    TREASURY_RETURN(1, -1),
    DONATIONS_RECEIVED(1, 1),
    GRANT_COMMITMENT(2, 1),
    GRANT_DISBURSEMENT(3, 1);

    private final int iatiType;
    private final int iatiSign;

    TransactionKind(int iatiType, int iatiSign) {
        this.iatiType = iatiType;
        this.iatiSign = iatiSign;
    }

    public int iatiType() {
        return iatiType;
    }

    /** +1, or -1 where the IATI value is negative (money coming back). */
    public int iatiSign() {
        return iatiSign;
    }

    public String iatiTypeName() {
        return switch (iatiType) {
            case 1 -> "Incoming Funds";
            case 2 -> "Outgoing Commitment";
            case 3 -> "Disbursement";
            case 4 -> "Expenditure";
            default -> throw new IllegalStateException("no IATI name for " + iatiType);
        };
    }
}
