package org.fundtrail.contract;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackId;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.FlagClawbackOverdue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Watches one clawback (process manager): if it is not fully repaid by the end of its due date (Beijing time), the
 * contract is told to flag it overdue. A partial repayment keeps the watch; the repayment that leaves nothing
 * outstanding cancels the deadline and ends it.
 * <p>
 * Clawback ids are chosen by the officer, so two contracts may use the same one: the watch is associated by clawback
 * id, as asked, and ignores events of any other contract. For the same reason a demand always starts a new watch
 * ({@code forceNew}) and a watch already started ignores a second demand.
 * <p>
 * Public with a public constructor only because Axon creates sagas by reflection without opening access
 * ({@code AbstractSagaManager}); it is not part of the module's API.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ClawbackWatch {

    static final String OVERDUE = "clawback-overdue";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(ClawbackWatch.class);

    @Autowired
    transient CommandGateway commandGateway;
    @Autowired
    transient DeadlineManager deadlineManager;

    private ContractId contractId;
    private ClawbackId clawbackId;
    private String deadlineId;

    public ClawbackWatch() {
    }

    /** A clawback due on {@code dueDate} is overdue from the first moment of the next day in Beijing. */
    static Instant overdueFrom(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(BEIJING).toInstant();
    }

    @StartSaga(forceNew = true)
    @SagaEventHandler(associationProperty = "clawbackId")
    void on(ClawbackDemanded demanded) {
        if (contractId != null) {
            return; // another contract's clawback with the same id: this watch is not about it
        }
        contractId = demanded.contractId();
        clawbackId = demanded.clawbackId();
        deadlineId = deadlineManager.schedule(overdueFrom(demanded.dueDate()), OVERDUE);
    }

    @SagaEventHandler(associationProperty = "clawbackId")
    void on(ClawbackRepaid repaid) {
        if (!repaid.contractId().equals(contractId) || repaid.outstanding().isPositive()) {
            return;
        }
        if (deadlineId != null) {
            deadlineManager.cancelSchedule(OVERDUE, deadlineId);
        }
        SagaLifecycle.end();
    }

    @DeadlineHandler(deadlineName = OVERDUE)
    void overdue() {
        deadlineId = null;
        LoggedCommands.send(commandGateway, log, new FlagClawbackOverdue(contractId, clawbackId));
    }
}
