package org.fundtrail.transparency.opendata;

import org.fundtrail.money.Money;

import java.time.LocalDate;

/**
 * A grant in 360Giving's shape (docs/open-data.md, "grants"): a public-fund contract with a social organisation, or a
 * community fund's grant. Titles and descriptions are made from disclosed facts, never from text typed by staff.
 *
 * @param recipientId   null where the public read model does not disclose the recipient (community-fund grants)
 * @param plannedStart  the contract's planned start, null for community-fund grants (likewise {@code plannedEnd})
 */
public record OpenGrant(String id, String title, String description, Money amountAwarded, Money amountDisbursed,
                        LocalDate awardDate, String recipientId, String recipientName, String fundingId,
                        String fundingName, String programmeCode, String programmeTitle, String location,
                        LocalDate plannedStart, LocalDate plannedEnd) {

    public static final String CURRENCY = "CNY";
}
