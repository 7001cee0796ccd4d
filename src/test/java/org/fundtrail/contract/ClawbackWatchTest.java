package org.fundtrail.contract;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.fundtrail.contract.api.ClawbackDemanded;
import org.fundtrail.contract.api.ClawbackId;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.FlagClawbackOverdue;
import org.fundtrail.infra.EventSerialization;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ClawbackWatchTest {

    private static final ContractId CONTRACT = ContractId.of("panjin-2023-c-7");
    private static final ContractId OTHER_CONTRACT = ContractId.of("panjin-2023-c-8");
    private static final ClawbackId CLAWBACK = ClawbackId.of("cb-1");
    private static final ProgrammeId PROGRAMME = ProgrammeId.of("panjin-2023");
    private static final HolderId HOLDER = HolderId.of("shuangtaizi-street");
    private static final LocalDate DUE = LocalDate.of(2024, 6, 30);
    /** 2024-07-01 00:00 in Beijing: the first moment the clawback due on 30 June is late. */
    private static final Instant OVERDUE_FROM = Instant.parse("2024-06-30T16:00:00Z");
    private static final Instant DEMANDED_AT = Instant.parse("2024-06-01T02:00:00Z");

    private SagaTestFixture<ClawbackWatch> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ClawbackWatch.class);
    }

    @Test
    void theDeadlineIsTheStartOfTheDayAfterTheDueDateInBeijing() {
        assertThat(ClawbackWatch.overdueFrom(DUE)).isEqualTo(OVERDUE_FROM);
    }

    @Test
    void aDemandStartsAWatchWithADeadlineAfterTheDueDate() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .whenAggregate(aggregate(CONTRACT)).publishes(demanded(CONTRACT, 50_000_00))
                .expectActiveSagas(1)
                .expectAssociationWith("clawbackId", CLAWBACK)
                .expectScheduledDeadlineWithName(OVERDUE_FROM, ClawbackWatch.OVERDUE)
                .expectNoDispatchedCommands();
    }

    @Test
    void nothingIsFlaggedOnTheDueDateItself() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00))
                .whenTimeAdvancesTo(OVERDUE_FROM.minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(OVERDUE_FROM, ClawbackWatch.OVERDUE);
    }

    @Test
    void anUnpaidClawbackIsFlaggedOverdueTheDayAfterItsDueDate() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00))
                .whenTimeAdvancesTo(OVERDUE_FROM)
                .expectDispatchedCommands(new FlagClawbackOverdue(CONTRACT, CLAWBACK))
                .expectTriggeredDeadlinesWithName(ClawbackWatch.OVERDUE)
                .expectActiveSagas(1);
    }

    @Test
    void aPartialRepaymentKeepsTheWatchAndItsDeadline() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00))
                .whenAggregate(aggregate(CONTRACT)).publishes(repaid(CONTRACT, 20_000_00, 30_000_00))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(OVERDUE_FROM, ClawbackWatch.OVERDUE)
                .expectNoDispatchedCommands();
    }

    @Test
    void aPartlyRepaidClawbackIsStillFlaggedOverdue() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00),
                        repaid(CONTRACT, 20_000_00, 30_000_00))
                .whenTimeElapses(Duration.ofDays(31))
                .expectDispatchedCommands(new FlagClawbackOverdue(CONTRACT, CLAWBACK))
                .expectActiveSagas(1);
    }

    @Test
    void fullRepaymentCancelsTheDeadlineAndEndsTheWatch() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00),
                        repaid(CONTRACT, 20_000_00, 30_000_00))
                .whenAggregate(aggregate(CONTRACT)).publishes(repaid(CONTRACT, 30_000_00, 0))
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void aClawbackRepaidInTimeIsNeverFlagged() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00), repaid(CONTRACT, 50_000_00, 0))
                .whenTimeElapses(Duration.ofDays(60))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void repaymentAfterTheFlagEndsTheWatch() throws Exception {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00))
                .andThenTimeAdvancesTo(OVERDUE_FROM.plus(Duration.ofDays(3)))
                .whenAggregate(aggregate(CONTRACT)).publishes(repaid(CONTRACT, 50_000_00, 0))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void twoContractsMayUseTheSameClawbackIdAndEachIsWatched() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00))
                .andThenAggregate(aggregate(OTHER_CONTRACT)).published(demanded(OTHER_CONTRACT, 10_000_00, DUE.plusDays(1)))
                .whenTimeAdvancesTo(OVERDUE_FROM.plus(Duration.ofDays(1)))
                .expectDispatchedCommands(new FlagClawbackOverdue(CONTRACT, CLAWBACK), new FlagClawbackOverdue(OTHER_CONTRACT, CLAWBACK))
                .expectActiveSagas(2);
    }

    @Test
    void anotherContractsRepaymentOfTheSameClawbackIdEndsOnlyItsOwnWatch() {
        fixture.givenCurrentTime(DEMANDED_AT)
                .andThenAggregate(aggregate(CONTRACT)).published(demanded(CONTRACT, 50_000_00))
                .andThenAggregate(aggregate(OTHER_CONTRACT)).published(demanded(OTHER_CONTRACT, 10_000_00))
                .andThenAggregate(aggregate(OTHER_CONTRACT)).published(repaid(OTHER_CONTRACT, 10_000_00, 0))
                .whenTimeAdvancesTo(OVERDUE_FROM)
                .expectDispatchedCommands(new FlagClawbackOverdue(CONTRACT, CLAWBACK))
                .expectActiveSagas(1);
    }

    /** The watch is stored as JSON by the JdbcSagaStore with the production serializer: its ids must survive that. */
    @Test
    void theWatchSurvivesTheSagaStoresSerializer() {
        DeadlineManager deadlines = mock(DeadlineManager.class);
        when(deadlines.schedule(any(Instant.class), eq(ClawbackWatch.OVERDUE))).thenReturn("deadline-1");
        ClawbackWatch watch = new ClawbackWatch();
        watch.deadlineManager = deadlines;
        watch.on(demanded(CONTRACT, 50_000_00));

        Serializer serializer = EventSerialization.serializer();
        SerializedObject<byte[]> stored = serializer.serialize(watch, byte[].class);
        assertThat(new String(stored.getData()))
                .contains("\"deadlineId\":\"deadline-1\"")
                .doesNotContain("deadlineManager").doesNotContain("commandGateway");
        ClawbackWatch restored = serializer.deserialize(stored);
        RecordingCommandBus bus = new RecordingCommandBus();
        restored.commandGateway = DefaultCommandGateway.builder().commandBus(bus).build();

        restored.overdue();

        assertThat(bus.getDispatchedCommands().stream().<Object>map(CommandMessage::getPayload).toList())
                .containsExactly(new FlagClawbackOverdue(CONTRACT, CLAWBACK));
    }

    private static String aggregate(ContractId contract) {
        return contract.toString();
    }

    private static ClawbackDemanded demanded(ContractId contract, long fen) {
        return demanded(contract, fen, DUE);
    }

    private static ClawbackDemanded demanded(ContractId contract, long fen, LocalDate due) {
        return new ClawbackDemanded(contract, CLAWBACK, Money.ofFen(fen), "unused funds", due, false, LocalDate.of(2024, 6, 1));
    }

    private static ClawbackRepaid repaid(ContractId contract, long fen, long outstandingFen) {
        return new ClawbackRepaid(contract, PROGRAMME, HOLDER, CLAWBACK, Money.ofFen(fen), Money.ofFen(outstandingFen), LocalDate.of(2024, 6, 20));
    }
}
