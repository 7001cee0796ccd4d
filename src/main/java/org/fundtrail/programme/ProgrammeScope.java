package org.fundtrail.programme;

import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.security.Access;
import org.fundtrail.security.FundtrailUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which programmes a user may read: admins and auditors all of them, finance officers and approvers those in which
 * their bureau is a holder of the channel (a bureau's channel, DOMAIN.md), nobody else any.
 */
@Component
public class ProgrammeScope {

    private final ProgrammeQueries queries;
    private final Access access;

    ProgrammeScope(ProgrammeQueries queries, Access access) {
        this.queries = queries;
        this.access = access;
    }

    public List<ProgrammeQueries.ProgrammeView> visibleProgrammes() {
        FundtrailUser user = access.currentUser();
        return switch (user.role()) {
            case ADMIN, AUDITOR -> queries.programmes();
            case FINANCE_OFFICER, APPROVER -> queries.programmesOf(user.bureau());
            case CHARITY_STAFF, CONTRACTOR -> throw new AccessDeniedException(user.username() + " does not read programmes");
        };
    }

    /** The programme, if the user may read it: 404 when there is none, 403 when it is not theirs to see. */
    public ProgrammeQueries.ProgrammeDetail readable(ProgrammeId id) {
        ProgrammeQueries.ProgrammeDetail detail = queries.programme(id)
                .orElseThrow(() -> new ProblemHandler.NotFound("no programme " + id.value()));
        FundtrailUser user = access.currentUser();
        boolean allowed = switch (user.role()) {
            case ADMIN, AUDITOR -> true;
            case FINANCE_OFFICER, APPROVER -> queries.takesPart(id, user.bureau());
            case CHARITY_STAFF, CONTRACTOR -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " may not read programme " + id.value());
        }
        return detail;
    }
}
