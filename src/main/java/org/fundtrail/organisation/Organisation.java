package org.fundtrail.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.organisation.api.CreditCode;
import org.fundtrail.organisation.api.DebarOrganisation;
import org.fundtrail.organisation.api.OrganisationDebarred;
import org.fundtrail.organisation.api.OrganisationDirectory;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.organisation.api.OrganisationRated;
import org.fundtrail.organisation.api.OrganisationRegistered;
import org.fundtrail.organisation.api.RateOrganisation;
import org.fundtrail.organisation.api.RegisterOrganisation;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fundtrail.organisation.api.OrganisationErrorCode.CREDIT_CODE_ALREADY_REGISTERED;
import static org.fundtrail.organisation.api.OrganisationErrorCode.DEBARMENT_MUST_END_AFTER_IT_STARTS;
import static org.fundtrail.organisation.api.OrganisationErrorCode.EFFECTIVE_DATE_IN_FUTURE;
import static org.fundtrail.organisation.api.OrganisationErrorCode.EFFECTIVE_DATE_REQUIRED;
import static org.fundtrail.organisation.api.OrganisationErrorCode.INVALID_CREDIT_CODE;
import static org.fundtrail.organisation.api.OrganisationErrorCode.NAME_REQUIRED;
import static org.fundtrail.organisation.api.OrganisationErrorCode.RATING_REQUIRED;
import static org.fundtrail.organisation.api.OrganisationErrorCode.REASON_REQUIRED;

/**
 * A contractor organisation (承接机构): its credit code, unique across organisations (a set-based check against the
 * directory), its assessed rating, and how long it is barred from new contracts. A debarment never shortens one
 * already in force: the event carries the later of the two end dates.
 */
@Aggregate
class Organisation {

    @AggregateIdentifier
    private OrganisationId organisationId;
    private LocalDate debarredUntil;

    Organisation() {
    }

    @CommandHandler
    Organisation(RegisterOrganisation command, OrganisationDirectory directory) {
        if (isBlank(command.name())) {
            throw new RuleViolation(NAME_REQUIRED, "name", "an organisation needs a name");
        }
        if (!CreditCode.isValid(command.creditCode())) {
            throw new RuleViolation(INVALID_CREDIT_CODE, "creditCode",
                    "'" + command.creditCode() + "' is not a valid 统一社会信用代码 (18 characters with a correct check character)");
        }
        if (directory.findByCreditCode(command.creditCode()).isPresent()) {
            throw new RuleViolation(CREDIT_CODE_ALREADY_REGISTERED, "creditCode",
                    "an organisation with credit code " + command.creditCode() + " is already registered");
        }
        apply(new OrganisationRegistered(command.organisationId(), command.name().strip(), command.creditCode()));
    }

    @CommandHandler
    void handle(RateOrganisation command, Clock clock) {
        if (isBlank(command.rating())) {
            throw new RuleViolation(RATING_REQUIRED, "rating", "a rating is required, e.g. 5A");
        }
        notInFuture(command.effectiveDate(), clock);
        apply(new OrganisationRated(organisationId, command.rating().strip(), command.effectiveDate()));
    }

    @CommandHandler
    void handle(DebarOrganisation command, Clock clock) {
        if (isBlank(command.reason())) {
            throw new RuleViolation(REASON_REQUIRED, "reason", "a debarment needs its reason on record");
        }
        notInFuture(command.effectiveDate(), clock);
        if (command.until() == null || !command.until().isAfter(command.effectiveDate())) {
            throw new RuleViolation(DEBARMENT_MUST_END_AFTER_IT_STARTS, "until",
                    "a debarment starting " + command.effectiveDate() + " must end after it, not on " + command.until());
        }
        LocalDate until = debarredUntil != null && debarredUntil.isAfter(command.until()) ? debarredUntil : command.until();
        String reference = isBlank(command.reference()) ? null : command.reference().strip();
        apply(new OrganisationDebarred(organisationId, until, command.reason().strip(), reference, command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
    }

    @EventSourcingHandler
    void on(OrganisationDebarred event) {
        debarredUntil = event.until();
    }

    private static void notInFuture(LocalDate effectiveDate, Clock clock) {
        if (effectiveDate == null) {
            throw new RuleViolation(EFFECTIVE_DATE_REQUIRED, "effectiveDate", "an effective date is required");
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveDate.isAfter(today)) {
            throw new RuleViolation(EFFECTIVE_DATE_IN_FUTURE, "effectiveDate",
                    "effective date " + effectiveDate + " is after today (" + today + ")");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
