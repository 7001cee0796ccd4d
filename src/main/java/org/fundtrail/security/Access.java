package org.fundtrail.security;

import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may work on which charity's records, checked on the server for every request: charity staff on their own
 * charity only, admins on all, auditors read everything and write nothing.
 */
@Component
public class Access {

    public FundtrailUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof FundtrailUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return user;
    }

    public void requireWriteFor(CharityId charityId) {
        FundtrailUser user = currentUser();
        boolean allowed = switch (user.role()) {
            case ADMIN -> true;
            case CHARITY_STAFF -> charityId.equals(user.charityId());
            case AUDITOR, FINANCE_OFFICER, APPROVER, CONTRACTOR -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " may not write for charity " + charityId.value());
        }
    }

    /**
     * Funds and their donors (names, contacts) are read by admins, auditors and the charity's own staff only; the
     * public-fund roles have no business with donors' personal data.
     */
    public void requireReadFor(CharityId charityId) {
        FundtrailUser user = currentUser();
        boolean allowed = switch (user.role()) {
            case ADMIN, AUDITOR -> true;
            case CHARITY_STAFF -> charityId.equals(user.charityId());
            case FINANCE_OFFICER, APPROVER, CONTRACTOR -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " may not read charity " + charityId.value());
        }
    }

    /**
     * Finance officers act for their own bureau only: on allocations it pays, contracts it funds, returns it holds.
     * Admins act everywhere. Approvers approve; they do not propose.
     */
    public void requireOfficerOf(HolderId holder) {
        FundtrailUser user = currentUser();
        boolean allowed = user.role() == Role.ADMIN || (user.role() == Role.FINANCE_OFFICER && holder.equals(user.bureau()));
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " is not a finance officer of " + holder.value());
        }
    }

    /** Approvers of the paying bureau approve what its officers proposed (the aggregate keeps the two people apart). */
    public void requireApproverOf(HolderId holder) {
        FundtrailUser user = currentUser();
        boolean allowed = user.role() == Role.ADMIN || (user.role() == Role.APPROVER && holder.equals(user.bureau()));
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " is not an approver of " + holder.value());
        }
    }

    /** A contractor acts on its own contracts only; the funding bureau's officers may act for it. */
    public void requireContractorOrOfficer(OrganisationId organisation, HolderId fundingHolder) {
        FundtrailUser user = currentUser();
        if (user.role() == Role.CONTRACTOR) {
            if (!organisation.equals(user.organisationId())) {
                throw new AccessDeniedException(user.username() + " does not act for " + organisation.value());
            }
            return;
        }
        requireOfficerOf(fundingHolder);
    }


    /** Which charity's funds a list shows: charity staff their own; admins and auditors all (null); others none. */
    public CharityId readScope() {
        FundtrailUser user = currentUser();
        return switch (user.role()) {
            case ADMIN, AUDITOR -> null;
            case CHARITY_STAFF -> user.charityId();
            case FINANCE_OFFICER, APPROVER, CONTRACTOR -> throw new AccessDeniedException(user.username() + " does not read community funds");
        };
    }
}
