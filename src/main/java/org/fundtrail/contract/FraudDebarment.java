package org.fundtrail.contract;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.fundtrail.contract.api.FraudFound;
import org.fundtrail.organisation.api.DebarOrganisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A fraud finding bars the organisation from new contracts until the date the finding set (000: three years).
 * <p>
 * A stateless event handler, not a saga: one event, one command, nothing to remember. A redelivered finding debars
 * again with the same end date and reference. {@code @DisallowReplay}: a rebuild of the processor sends nothing.
 */
@Component
@ProcessingGroup(FraudDebarment.PROCESSING_GROUP)
@DisallowReplay
class FraudDebarment {

    static final String PROCESSING_GROUP = "contract-fraud-debarment";

    private static final Logger log = LoggerFactory.getLogger(FraudDebarment.class);

    private final CommandGateway commandGateway;

    FraudDebarment(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(FraudFound fraud) {
        LoggedCommands.send(commandGateway, log, new DebarOrganisation(fraud.organisationId(), fraud.debarredUntil(),
                "fraud: " + fraud.finding(), fraud.contractId().value(), fraud.effectiveDate()));
    }
}
