package org.fundtrail.web;

import org.fundtrail.infra.RuleViolation;
import org.springframework.validation.BindingResult;

import java.util.Map;
import java.util.Optional;

/**
 * Puts a refused command back on the form it came from: the broken rule next to the field it names, in the reader's
 * language (message key {@code rule.<CODE>} in {@code i18n/rules}, the rule's own English text when there is none),
 * with everything the user typed kept. Nothing was recorded: the command was refused before any event.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** The rule violation behind a refused command, if that is why it was refused. */
    public static Optional<RuleViolation> ruleViolation(RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
            t = t.getCause();
        }
        return Optional.empty();
    }

    /**
     * Records the violation on the form.
     *
     * @param fieldOnForm maps the command's field name to the form's, where they differ (e.g. "amount" → "amountYuan");
     *                    a field the form does not have becomes an error of the whole form
     */
    public static void reject(BindingResult form, RuleViolation violation, Map<String, String> fieldOnForm) {
        String code = "rule." + violation.code().name();
        String field = violation.field() == null ? null : fieldOnForm.getOrDefault(violation.field(), violation.field());
        if (field != null && form.getTarget() != null && hasProperty(form, field)) {
            form.rejectValue(field, code, violation.getMessage());
        } else {
            form.reject(code, violation.getMessage());
        }
    }

    public static void reject(BindingResult form, RuleViolation violation) {
        reject(form, violation, Map.of());
    }

    private static boolean hasProperty(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
