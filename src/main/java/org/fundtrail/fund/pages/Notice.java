package org.fundtrail.fund.pages;

import java.io.Serializable;

/**
 * What the page after a successful form says (POST-redirect-GET carries it across the redirect): the message key,
 * and the receipt number and donation it names, when there is one.
 */
public record Notice(String key, String receiptNumber, String donationId) implements Serializable {

    static final String ATTRIBUTE = "notice";

    static Notice of(String key) {
        return new Notice(key, null, null);
    }
}
