package org.fundtrail.security;

/** What a user may do. Charity staff are scoped to one charity; auditors read everything and write nothing. */
public enum Role {
    ADMIN, CHARITY_STAFF, AUDITOR, FINANCE_OFFICER, APPROVER, CONTRACTOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
