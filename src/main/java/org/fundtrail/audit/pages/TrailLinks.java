package org.fundtrail.audit.pages;

import org.fundtrail.audit.exceptions.ExceptionFinding;
import org.fundtrail.audit.trail.Move;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each thing a trail or a finding names leads an auditor ({@code @trailLinks} in the templates): to the trail of
 * the record it belongs to when the name says which, else to the event's trail or the account's postings. So a trail
 * can be followed hop by hop without typing an id.
 */
@Component("trailLinks")
public class TrailLinks {

    static final String TRAILS = "/app/audit/trails";
    /** How many next nodes of one node a page shows; the downloads hold them all. */
    static final int SHOWN_PER_NODE = 50;
    static final String ACCOUNTS = "/app/audit/accounts";

    public int getShownPerNode() {
        return SHOWN_PER_NODE;
    }

    public String event(String eventId) {
        return trail(TrailKind.EVENT, eventId);
    }

    public String donation(String donationId) {
        return trail(TrailKind.DONATION, donationId);
    }

    public String contract(String contractId) {
        return trail(TrailKind.CONTRACT, contractId);
    }

    public String appropriation(String programmeId, String appropriationId) {
        return UriComponentsBuilder.fromPath(TRAILS).queryParam("kind", TrailKind.APPROPRIATION.param())
                .queryParam("programme", programmeId).queryParam("id", appropriationId).encode().build().toUriString();
    }

    /**
     * The posting that moved money: an appropriation leads to the appropriation's trail (the programme is in the
     * channel account it entered, the appropriation id in the posting's reference); any other to its event's trail.
     */
    public String via(Move via) {
        if ("APPROPRIATION".equals(via.code()) && via.reference() != null && via.debitAccount().startsWith("channel:")) {
            String programme = via.debitAccount().substring("channel:".length()).split(":", 2)[0];
            return appropriation(programme, via.reference());
        }
        return event(via.eventId());
    }

    /**
     * An account: a contract's accounts lead to the contract's trail, a fund's goods of one in-kind donation to the
     * donation's trail; every other account to its balance and postings.
     */
    public String account(String account) {
        if (account.startsWith("contract:")) {
            return contract(segment(account, 1));
        }
        String[] parts = account.split(":");
        if (parts.length >= 4 && parts[0].equals("fund") && parts[2].equals("goods")) {
            return donation(parts[3]);
        }
        return accountPostings(account);
    }

    public String accountPostings(String account) {
        return UriComponentsBuilder.fromPath(ACCOUNTS).queryParam("account", account).encode().build().toUriString();
    }

    /**
     * What a finding of the exception report is about, as {@code contract:{id}}, {@code donation:{id}},
     * {@code fund:{id}}, {@code programme:{id}} or an event id.
     */
    public String subject(String subject) {
        if (subject == null) {
            return null;
        }
        if (subject.startsWith("contract:")) {
            return contract(segment(subject, 1));
        }
        if (subject.startsWith("donation:")) {
            return donation(segment(subject, 1));
        }
        if (subject.startsWith("fund:")) {
            return balances("fund:" + segment(subject, 1) + ":");
        }
        if (subject.startsWith("programme:")) {
            return balances("channel:" + segment(subject, 1) + ":");
        }
        return event(subject);
    }

    /** The event a finding points at, for the kinds whose reference is an event id; null for the others. */
    public String reference(ExceptionFinding finding) {
        if (finding.reference() == null) {
            return null;
        }
        return switch (finding.kind()) {
            case TRANCHE_PAID_WITHOUT_CONDITION, FORBIDDEN_CATEGORY_EXPENDITURE, BACKDATED_ENTRY, REVERSAL -> event(finding.reference());
            case OVERDUE_CLAWBACK, CONTRACT_PAST_END_WITH_MONEY, FUND_BELOW_FLOOR -> null;
        };
    }

    /** The trial balance of the accounts starting with {@code prefix}. */
    public String balances(String prefix) {
        return UriComponentsBuilder.fromPath("/app/audit/balances").queryParam("prefix", prefix).encode().build().toUriString();
    }

    private static String trail(TrailKind kind, String id) {
        return UriComponentsBuilder.fromPath(TRAILS).queryParam("kind", kind.param()).queryParam("id", id)
                .encode().build().toUriString();
    }

    private static String segment(String name, int index) {
        String[] parts = name.split(":");
        return parts.length > index ? parts[index] : "";
    }
}
