package org.fundtrail.programme.pages;

import org.fundtrail.infra.RuleViolation;

import java.io.Serializable;

/**
 * A decision the ledger refused, carried back to the queue (a flash attribute) so that the broken rule shows next to
 * the item it concerns, with the reason the approver typed kept. Nothing was recorded.
 *
 * @param item    which queue item: {@code allocation:<id>} or {@code tranche:<contract>:<number>}
 * @param code    message key of the rule ({@code rule.<CODE>})
 * @param message the rule's own English text, shown when the key has no translation
 */
record QueueRefusal(String item, String code, String message, String reason) implements Serializable {

    static QueueRefusal of(String item, RuleViolation violation, String reason) {
        return new QueueRefusal(item, "rule." + violation.code().name(), violation.getMessage(), reason);
    }
}
