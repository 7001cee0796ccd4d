package org.fundtrail.evidence;

import org.fundtrail.evidence.api.EvidenceAccessPolicy;
import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** A charity's files: its own staff attach them; those who may read its funds (its staff, auditors) see them. */
@Component
class CharityEvidenceAccess implements EvidenceAccessPolicy {

    private final Access access;

    CharityEvidenceAccess(Access access) {
        this.access = access;
    }

    @Override
    public EvidenceScope.Kind kind() {
        return EvidenceScope.Kind.CHARITY;
    }

    @Override
    public void requireWrite(String scopeId) {
        access.requireWriteFor(CharityId.of(scopeId));
    }

    @Override
    public boolean mayRead(String scopeId) {
        try {
            access.requireReadFor(CharityId.of(scopeId));
            return true;
        } catch (AccessDeniedException notTheirs) {
            return false;
        }
    }
}
