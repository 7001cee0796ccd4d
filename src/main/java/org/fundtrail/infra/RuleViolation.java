package org.fundtrail.infra;

/**
 * A command broke a rule of the ledger. Carries the rule's code (from the capability's {@code api} error-code enum)
 * and the request field at fault, so that the API can answer with a problem naming both, without parsing text.
 */
public class RuleViolation extends RuntimeException {

    private final RuleCode code;
    private final String field;

    public RuleViolation(RuleCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public RuleCode code() {
        return code;
    }

    /** The request field that breaks the rule, or null when the request as a whole does. */
    public String field() {
        return field;
    }
}
