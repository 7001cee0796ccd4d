package org.fundtrail.security;

import org.fundtrail.organisation.api.CharityId;
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
            case AUDITOR -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " may not write for charity " + charityId.value());
        }
    }

    public void requireReadFor(CharityId charityId) {
        FundtrailUser user = currentUser();
        if (user.role() == Role.CHARITY_STAFF && !charityId.equals(user.charityId())) {
            throw new AccessDeniedException(user.username() + " may not read charity " + charityId.value());
        }
    }

    /** Charity staff see one charity; the others see all (null). */
    public CharityId readScope() {
        FundtrailUser user = currentUser();
        return user.role() == Role.CHARITY_STAFF ? user.charityId() : null;
    }
}
