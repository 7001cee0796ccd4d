package org.fundtrail.contract;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.test.utils.RecordingCommandBus;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.FraudFound;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.organisation.api.DebarOrganisation;
import org.fundtrail.organisation.api.OrganisationErrorCode;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.ProgrammeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** FraudDebarment is a plain event handler, driven here through Axon's annotation adapter as its processor does. */
class FraudDebarmentTest {

    private static final ContractId CONTRACT = ContractId.of("panjin-2023-c-7");
    private static final OrganisationId ORGANISATION = OrganisationId.of("91210000MA0XXXXX1X");
    private static final LocalDate FOUND_ON = LocalDate.of(2024, 3, 15);
    private static final FraudFound FRAUD = new FraudFound(CONTRACT, ProgrammeId.of("panjin-2023"), ORGANISATION,
            "invoices for activities that never took place", true, FOUND_ON.plusYears(3), FOUND_ON);

    private RecordingCommandBus commandBus;
    private AnnotationEventHandlerAdapter handler;

    @BeforeEach
    void setUp() {
        commandBus = new RecordingCommandBus();
        handler = new AnnotationEventHandlerAdapter(new FraudDebarment(DefaultCommandGateway.builder().commandBus(commandBus).build()));
    }

    @Test
    void aFraudFindingDebarsTheOrganisationUntilTheDateItSet() throws Exception {
        handler.handle(new GenericDomainEventMessage<>("Contract", CONTRACT.toString(), 12, FRAUD));

        assertThat(commandBus.getDispatchedCommands().stream().<Object>map(CommandMessage::getPayload).toList()).containsExactly(
                new DebarOrganisation(ORGANISATION, LocalDate.of(2027, 3, 15),
                        "fraud: invoices for activities that never took place", "panjin-2023-c-7", FOUND_ON));
    }

    @Test
    void aReplayDebarsNobody() throws Exception {
        handler.handle(new GenericTrackedDomainEventMessage<>(
                ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100), new GlobalSequenceTrackingToken(3)),
                new GenericDomainEventMessage<>("Contract", CONTRACT.toString(), 12, FRAUD)));

        assertThat(commandBus.getDispatchedCommands()).isEmpty();
    }

    @Test
    void aRefusedDebarmentIsLoggedNotThrown() {
        commandBus.setCallbackBehavior((command, metaData) -> {
            throw new RuleViolation(OrganisationErrorCode.DEBARMENT_MUST_END_AFTER_IT_STARTS, "until", "must end after it starts");
        });

        assertThatCode(() -> handler.handle(new GenericDomainEventMessage<>("Contract", CONTRACT.toString(), 12, FRAUD)))
                .doesNotThrowAnyException();
        assertThat(commandBus.getDispatchedCommands()).hasSize(1);
    }
}
