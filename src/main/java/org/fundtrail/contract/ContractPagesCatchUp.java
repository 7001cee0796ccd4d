package org.fundtrail.contract;

import org.fundtrail.infra.Projections;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Lets a page that has just recorded something on a contract show it: before redirecting, wait briefly for the
 * contract read model to take in the new events, so that the officer does not see the tranche they proposed still
 * waiting to be proposed. If it takes longer the page shows the read model as it is; nothing depends on it.
 */
@Component
public class ContractPagesCatchUp {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final Projections projections;

    ContractPagesCatchUp(Projections projections) {
        this.projections = projections;
    }

    public void awaitReadModel() {
        try {
            projections.awaitCaughtUp(ContractReadModel.PROCESSING_GROUP, PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
