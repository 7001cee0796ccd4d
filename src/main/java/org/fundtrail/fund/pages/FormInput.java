package org.fundtrail.fund.pages;

import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.money.Money;
import org.fundtrail.web.FormErrors;
import org.springframework.validation.BindingResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads what was typed into a form (yuan, quantities, dates) exactly, putting what cannot be read next to its field,
 * and sends the command, putting a refusal next to the field the rule names. Nothing is recorded when either fails.
 */
final class FormInput {

    private FormInput() {
    }

    /** A fresh idempotency id for a form being shown, e.g. {@code d-3f2a…}: the same shape the API takes. */
    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Yuan as typed ("1234.56"); null, with the field marked, when blank or not an amount. */
    static Money yuan(BindingResult form, String field, String text) {
        if (text == null || text.isBlank()) {
            form.rejectValue(field, "form.required");
            return null;
        }
        try {
            return Money.parse(text.replace(",", "").replace("，", ""));
        } catch (IllegalArgumentException e) {
            form.rejectValue(field, "charity.form.amountInvalid");
            return null;
        }
    }

    /** An optional amount: null when blank. */
    static Money optionalYuan(BindingResult form, String field, String text) {
        return text == null || text.isBlank() ? null : yuan(form, field, text);
    }

    static BigDecimal quantity(BindingResult form, String field, String text) {
        if (text == null || text.isBlank()) {
            form.rejectValue(field, "form.required");
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            form.rejectValue(field, "charity.form.quantityInvalid");
            return null;
        }
    }

    /** A business date as yyyy-mm-dd (the browser's date picker); blank means today. */
    static LocalDate date(BindingResult form, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            form.rejectValue(field, "charity.form.dateInvalid");
            return null;
        }
    }

    /**
     * Sends the write. A rule it broke goes next to the form field ({@code fieldOnForm} maps the command's field names
     * to the form's); an id already used for a different request (a form sent, changed with the back button and sent
     * again) is said so on the form. Either way nothing was recorded and the answer is empty.
     */
    static <T> Optional<T> attempt(BindingResult form, Map<String, String> fieldOnForm, Supplier<T> write) {
        try {
            return Optional.of(write.get());
        } catch (IdempotentWrites.IdempotencyConflict e) {
            form.reject("charity.form.alreadySent");
            return Optional.empty();
        } catch (RuntimeException e) {
            FormErrors.reject(form, FormErrors.ruleViolation(e).orElseThrow(() -> e), fieldOnForm);
            return Optional.empty();
        }
    }
}
