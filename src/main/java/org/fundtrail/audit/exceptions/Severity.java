package org.fundtrail.audit.exceptions;

/** How urgently an auditor should look: HIGH breaks a rule the ledger enforces, LOW is worth a look. */
public enum Severity {
    HIGH, MEDIUM, LOW
}
