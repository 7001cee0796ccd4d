package org.fundtrail.contract;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractSigned;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.MarkTrancheDue;
import org.fundtrail.contract.api.Milestone;
import org.fundtrail.contract.api.MilestoneRecorded;
import org.fundtrail.contract.api.Tranche;
import org.fundtrail.infra.EventSerialization;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.TrancheCondition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.programme.api.TrancheCondition.CONTRACT_SIGNED;
import static org.fundtrail.programme.api.TrancheCondition.FINAL_ACCEPTANCE_PASSED;
import static org.fundtrail.programme.api.TrancheCondition.MIDTERM_EVALUATION_PASSED;

class TrancheScheduleTest {

    private static final ContractId CONTRACT = ContractId.of("panjin-2023-c-7");
    private static final ContractId OTHER_CONTRACT = ContractId.of("panjin-2023-c-8");
    private static final String AGGREGATE = CONTRACT.toString();
    private static final LocalDate SIGNED_ON = LocalDate.of(2023, 4, 3);

    private SagaTestFixture<TrancheSchedule> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TrancheSchedule.class);
    }

    // Panjin: 60% after signing, 40% after a passed mid-term evaluation
    private static List<Tranche> panjin() {
        return List.of(tranche(1, 60, 120_000_00, CONTRACT_SIGNED), tranche(2, 40, 80_000_00, MIDTERM_EVALUATION_PASSED));
    }

    // Fuzhou: 80% first, 20% after final acceptance
    private static List<Tranche> fuzhou() {
        return List.of(tranche(1, 80, 160_000_00, CONTRACT_SIGNED), tranche(2, 20, 40_000_00, FINAL_ACCEPTANCE_PASSED));
    }

    // Shenyang star awards: 100% on completion
    private static List<Tranche> shenyang() {
        return List.of(tranche(1, 100, 200_000_00, FINAL_ACCEPTANCE_PASSED));
    }

    @Test
    void signingMakesTheSigningTranchesDueAndNoOther() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(contractSigned(CONTRACT, panjin()))
                .expectActiveSagas(1)
                .expectAssociationWith("contractId", CONTRACT)
                .expectDispatchedCommands(new MarkTrancheDue(CONTRACT, 1));
    }

    @Test
    void aPlanPaidOnlyOnCompletionHasNothingDueAtSigning() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(contractSigned(CONTRACT, shenyang()))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void aPassedMidtermMakesTheTrancheWaitingForItDue() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, panjin()))
                .whenAggregate(AGGREGATE).publishes(milestone(CONTRACT, Milestone.MIDTERM_EVALUATION, true))
                .expectDispatchedCommands(new MarkTrancheDue(CONTRACT, 2))
                .expectActiveSagas(1);
    }

    @Test
    void aFailedMidtermMakesNothingDue() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, panjin()))
                .whenAggregate(AGGREGATE).publishes(milestone(CONTRACT, Milestone.MIDTERM_EVALUATION, false))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void aMidtermPassedAfterAFailedOneStillMakesTheTrancheDue() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, panjin()),
                        milestone(CONTRACT, Milestone.MIDTERM_EVALUATION, false))
                .whenAggregate(AGGREGATE).publishes(milestone(CONTRACT, Milestone.MIDTERM_EVALUATION, true))
                .expectDispatchedCommands(new MarkTrancheDue(CONTRACT, 2));
    }

    @Test
    void aPassedFinalAcceptanceMakesDueOnlyTheTranchesWaitingForIt() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, fuzhou()))
                .whenAggregate(AGGREGATE).publishes(milestone(CONTRACT, Milestone.FINAL_ACCEPTANCE, true))
                .expectDispatchedCommands(new MarkTrancheDue(CONTRACT, 2));
    }

    @Test
    void aPassedMilestoneNoTrancheWaitsForMakesNothingDue() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, fuzhou()))
                .whenAggregate(AGGREGATE).publishes(milestone(CONTRACT, Milestone.MIDTERM_EVALUATION, true))
                .expectNoDispatchedCommands();
    }

    @Test
    void completionOfAStarAwardMakesTheWholeAwardDue() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, shenyang()))
                .whenAggregate(AGGREGATE).publishes(milestone(CONTRACT, Milestone.FINAL_ACCEPTANCE, true))
                .expectDispatchedCommands(new MarkTrancheDue(CONTRACT, 1));
    }

    @Test
    void anotherContractsMilestoneMakesNothingDueHere() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, panjin()))
                .whenAggregate(OTHER_CONTRACT.toString()).publishes(milestone(OTHER_CONTRACT, Milestone.MIDTERM_EVALUATION, true))
                .expectNoDispatchedCommands();
    }

    @Test
    void theScheduleEndsWhenTheContractCloses() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, fuzhou()),
                        milestone(CONTRACT, Milestone.FINAL_ACCEPTANCE, true))
                .whenAggregate(AGGREGATE).publishes(new ContractClosed(CONTRACT, PROGRAMME, HOLDER, Money.ZERO, SIGNED_ON.plusYears(1)))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void theScheduleEndsWhenTheContractIsTerminated() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, panjin()))
                .whenAggregate(AGGREGATE).publishes(terminated(CONTRACT))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aTerminatedContractGetsNoTrancheDueAnyMore() {
        fixture.givenAggregate(AGGREGATE).published(contractSigned(CONTRACT, panjin()), terminated(CONTRACT))
                .whenAggregate(AGGREGATE).publishes(milestone(CONTRACT, Milestone.MIDTERM_EVALUATION, true))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    /** The saga is stored as JSON by the JdbcSagaStore with the production serializer: its plan must survive that. */
    @Test
    void thePlanSurvivesTheSagaStoresSerializer() {
        RecordingCommandBus bus = new RecordingCommandBus();
        TrancheSchedule schedule = new TrancheSchedule();
        schedule.commandGateway = DefaultCommandGateway.builder().commandBus(bus).build();
        schedule.on(contractSigned(CONTRACT, panjin()));

        Serializer serializer = EventSerialization.serializer();
        SerializedObject<byte[]> stored = serializer.serialize(schedule, byte[].class);
        assertThat(new String(stored.getData())).doesNotContain("commandGateway");
        TrancheSchedule restored = serializer.deserialize(stored);
        restored.commandGateway = DefaultCommandGateway.builder().commandBus(bus).build();
        bus.clearCommands();

        restored.on(milestone(CONTRACT, Milestone.MIDTERM_EVALUATION, true));

        assertThat(bus.getDispatchedCommands().stream().<Object>map(CommandMessage::getPayload).toList()).containsExactly(new MarkTrancheDue(CONTRACT, 2));
    }

    private static final ProgrammeId PROGRAMME = ProgrammeId.of("panjin-2023");
    private static final HolderId HOLDER = HolderId.of("shuangtaizi-street");

    private static Tranche tranche(int number, int percent, long fen, TrancheCondition condition) {
        return new Tranche(number, percent, Money.ofFen(fen), condition);
    }

    private static ContractSigned contractSigned(ContractId contract, List<Tranche> tranches) {
        Money amount = tranches.stream().map(Tranche::amount).reduce(Money.ZERO, Money::plus);
        return new ContractSigned(contract, PROGRAMME, "panjin-2023", HOLDER, OrganisationId.of("org-1"),
                "xinglong-community", "shuangtaizi", 2023, amount, List.of(), tranches, List.of(), 3, null, List.of(),
                SIGNED_ON, SIGNED_ON.plusYears(1), SIGNED_ON);
    }

    private static MilestoneRecorded milestone(ContractId contract, Milestone milestone, boolean passed) {
        return new MilestoneRecorded(contract, milestone, passed, "report-1", SIGNED_ON.plusMonths(6));
    }

    private static ContractTerminated terminated(ContractId contract) {
        return new ContractTerminated(contract, PROGRAMME, HOLDER, "contractor withdrew", Money.ofFen(80_000_00), SIGNED_ON.plusMonths(3));
    }
}
