package org.fundtrail.contract;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractSigned;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.MarkTrancheDue;
import org.fundtrail.contract.api.MilestoneRecorded;
import org.fundtrail.contract.api.Tranche;
import org.fundtrail.programme.api.TrancheCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tranche schedule of one contract (process manager): when a tranche's condition is recorded, the tranche becomes
 * due. Signing makes the signing tranches due at once; a passed evaluation makes due the tranches waiting for it; a
 * failed one makes nothing due. The contract decides; this only tells it what happened, and a tranche marked due
 * twice (a redelivered event) is a no-op there.
 * <p>
 * Public with a public constructor only because Axon creates sagas by reflection without opening access
 * ({@code AbstractSagaManager}); it is not part of the module's API. Its state is stored as JSON by the
 * {@code JdbcSagaStore} (fields only, the transient resources excepted).
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class TrancheSchedule {

    private static final Logger log = LoggerFactory.getLogger(TrancheSchedule.class);

    @Autowired
    transient CommandGateway commandGateway;

    private ContractId contractId;
    /** The contract's plan: tranche numbers by the condition that makes them due. */
    private Map<TrancheCondition, List<Integer>> plan = new EnumMap<>(TrancheCondition.class);

    public TrancheSchedule() {
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractSigned signed) {
        contractId = signed.contractId();
        for (Tranche tranche : signed.tranches()) {
            plan.computeIfAbsent(tranche.condition(), c -> new ArrayList<>()).add(tranche.number());
        }
        markDue(TrancheCondition.CONTRACT_SIGNED);
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(MilestoneRecorded milestone) {
        if (milestone.passed()) {
            markDue(milestone.milestone().releases());
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractClosed closed) {
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractTerminated terminated) {
    }

    private void markDue(TrancheCondition condition) {
        for (int number : plan.getOrDefault(condition, List.of())) {
            LoggedCommands.send(commandGateway, log, new MarkTrancheDue(contractId, number));
        }
    }
}
