package org.fundtrail.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.organisation.api.CharityDirectory;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.CharityRegistered;
import org.fundtrail.organisation.api.CreditCode;
import org.fundtrail.organisation.api.RegisterCharity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fundtrail.organisation.api.OrganisationErrorCode.CREDIT_CODE_ALREADY_REGISTERED;
import static org.fundtrail.organisation.api.OrganisationErrorCode.INVALID_CREDIT_CODE;
import static org.fundtrail.organisation.api.OrganisationErrorCode.NAME_REQUIRED;

/** A host charity. Its credit code is unique across charities (a set-based check against the directory). */
@Aggregate
class Charity {

    @AggregateIdentifier
    private CharityId charityId;

    Charity() {
    }

    @CommandHandler
    Charity(RegisterCharity command, CharityDirectory directory) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation(NAME_REQUIRED, "name", "a charity needs a name");
        }
        if (!CreditCode.isValid(command.creditCode())) {
            throw new RuleViolation(INVALID_CREDIT_CODE, "creditCode",
                    "'" + command.creditCode() + "' is not a valid 统一社会信用代码 (18 characters with a correct check character)");
        }
        if (directory.findByCreditCode(command.creditCode()).isPresent()) {
            throw new RuleViolation(CREDIT_CODE_ALREADY_REGISTERED, "creditCode",
                    "a charity with credit code " + command.creditCode() + " is already registered");
        }
        apply(new CharityRegistered(command.charityId(), command.name().strip(), command.creditCode()));
    }

    @EventSourcingHandler
    void on(CharityRegistered event) {
        charityId = event.charityId();
    }
}
