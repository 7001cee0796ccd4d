package org.fundtrail.contract;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.fundtrail.contract.api.ClawbackId;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.OpenReturn;
import org.fundtrail.programme.api.ProgrammeErrorCode;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ReturnId;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * ReturnOpener is a plain event handler: the tests drive it through Axon's annotation adapter (as its processor does,
 * so {@code @SequenceNumber} and {@code @DisallowReplay} take part) and record what it sends.
 */
class ReturnOpenerTest {

    private static final ContractId CONTRACT = ContractId.of("panjin-2023-c-7");
    private static final ProgrammeId PROGRAMME = ProgrammeId.of("panjin-2023");
    private static final HolderId HOLDER = HolderId.of("shuangtaizi-street");
    private static final LocalDate ON = LocalDate.of(2024, 5, 10);

    private RecordingCommandBus commandBus;
    private AnnotationEventHandlerAdapter handler;

    @BeforeEach
    void setUp() {
        commandBus = new RecordingCommandBus();
        handler = new AnnotationEventHandlerAdapter(new ReturnOpener(DefaultCommandGateway.builder().commandBus(commandBus).build()));
    }

    @Test
    void aTerminationThatReleasesMoneyOpensAReturnOfIt() throws Exception {
        on(5, new ContractTerminated(CONTRACT, PROGRAMME, HOLDER, "contractor withdrew", yuan(80_000), ON));

        assertThat(sent()).containsExactly(new OpenReturn(PROGRAMME, ReturnId.of("panjin-2023-c-7-terminated"), HOLDER,
                yuan(80_000), CONTRACT, "contract terminated, unpaid earmark released: contractor withdrew"));
    }

    @Test
    void aClosingThatReleasesMoneyOpensAReturnOfIt() throws Exception {
        on(9, new ContractClosed(CONTRACT, PROGRAMME, HOLDER, Money.ofFen(1), ON));

        assertThat(sent()).containsExactly(new OpenReturn(PROGRAMME, ReturnId.of("panjin-2023-c-7-closed"), HOLDER,
                Money.ofFen(1), CONTRACT, "contract closed, unpaid earmark released"));
    }

    @Test
    void nothingReleasedNothingReturned() throws Exception {
        on(5, new ContractTerminated(CONTRACT, PROGRAMME, HOLDER, "contractor withdrew", Money.ZERO, ON));
        on(9, new ContractClosed(CONTRACT, PROGRAMME, HOLDER, Money.ZERO, ON));
        on(10, new SurplusReturned(CONTRACT, PROGRAMME, HOLDER, Money.ZERO, ON));
        on(11, repaid("cb-1", 0, 0));

        assertThat(sent()).isEmpty();
    }

    @Test
    void eachSurplusReturnOpensItsOwnReturn() throws Exception {
        on(7, new SurplusReturned(CONTRACT, PROGRAMME, HOLDER, yuan(1_000), ON));
        on(12, new SurplusReturned(CONTRACT, PROGRAMME, HOLDER, yuan(500), ON));

        assertThat(sent()).containsExactly(
                new OpenReturn(PROGRAMME, ReturnId.of("panjin-2023-c-7-surplus-7"), HOLDER, yuan(1_000), CONTRACT, "surplus returned by the contractor"),
                new OpenReturn(PROGRAMME, ReturnId.of("panjin-2023-c-7-surplus-12"), HOLDER, yuan(500), CONTRACT, "surplus returned by the contractor"));
    }

    @Test
    void eachRepaymentOfAClawbackOpensItsOwnReturn() throws Exception {
        on(8, repaid("cb-1", 20_000, 30_000));
        on(9, repaid("cb-1", 30_000, 0));

        assertThat(sent()).containsExactly(
                new OpenReturn(PROGRAMME, ReturnId.of("panjin-2023-c-7-clawback-8"), HOLDER, yuan(20_000), CONTRACT, "clawback cb-1 repaid"),
                new OpenReturn(PROGRAMME, ReturnId.of("panjin-2023-c-7-clawback-9"), HOLDER, yuan(30_000), CONTRACT, "clawback cb-1 repaid"));
    }

    @Test
    void aRedeliveredEventAsksForTheSameReturnAgain() throws Exception {
        SurplusReturned surplus = new SurplusReturned(CONTRACT, PROGRAMME, HOLDER, yuan(1_000), ON);
        on(7, surplus);
        on(7, surplus);

        List<Object> sent = sent();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
    }

    @Test
    void aReplayOpensNothing() throws Exception {
        DomainEventMessage<?> event = message(5, new ContractTerminated(CONTRACT, PROGRAMME, HOLDER, "contractor withdrew", yuan(80_000), ON));
        handler.handle(new GenericTrackedDomainEventMessage<>(
                ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100), new GlobalSequenceTrackingToken(3)), event));

        assertThat(sent()).isEmpty();
    }

    @Test
    void idsTooLongForAnIdAreHashedButStayOnePerEvent() {
        ContractId longContract = ContractId.of("c".repeat(60));
        ReturnId first = ReturnOpener.returnId(longContract, "surplus-8");
        ReturnId again = ReturnOpener.returnId(longContract, "surplus-8");
        ReturnId next = ReturnOpener.returnId(longContract, "surplus-9");

        assertThat(first.value()).hasSizeLessThanOrEqualTo(64).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
        assertThat(again).isEqualTo(first);
        assertThat(next).isNotEqualTo(first);
        assertThat(ReturnOpener.returnId(ContractId.of("c".repeat(53)), "terminated").value()).isEqualTo("c".repeat(53) + "-terminated");
    }

    @Test
    void aRefusedReturnIsLoggedNotThrown() {
        commandBus.setCallbackBehavior((command, metaData) -> {
            throw new RuleViolation(ProgrammeErrorCode.RETURN_ALREADY_OPEN, "returnId", "already open");
        });

        assertThatCode(() -> on(7, new SurplusReturned(CONTRACT, PROGRAMME, HOLDER, yuan(1_000), ON))).doesNotThrowAnyException();
        assertThat(sent()).hasSize(1);
    }

    private void on(long sequenceNumber, Object event) throws Exception {
        handler.handle(message(sequenceNumber, event));
    }

    private static DomainEventMessage<?> message(long sequenceNumber, Object event) {
        return new GenericDomainEventMessage<>("Contract", CONTRACT.toString(), sequenceNumber, event);
    }

    private List<Object> sent() {
        return commandBus.getDispatchedCommands().stream().<Object>map(CommandMessage::getPayload).toList();
    }

    private static ClawbackRepaid repaid(String clawback, long yuan, long outstandingYuan) {
        return new ClawbackRepaid(CONTRACT, PROGRAMME, HOLDER, ClawbackId.of(clawback), yuan(yuan), yuan(outstandingYuan), ON);
    }

    private static Money yuan(long yuan) {
        return Money.ofYuan(yuan);
    }
}
