package org.fundtrail.infra;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The read models that can be rebuilt from the event store, and the rebuild itself: stop the processor, reset its
 * token (its {@code @ResetHandler} empties its tables), start it again; it replays every event from the first.
 */
@Component
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    Projections(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public record Status(String name, boolean running, boolean replaying, long position, long head, boolean caughtUp) {
    }

    /**
     * The streaming processors that are read models: they can be reset and replayed. Sagas cannot be reset, and the
     * process managers that send commands must not act on old events again, so they are not listed.
     */
    public List<Status> all() {
        return processing.eventProcessors().keySet().stream().sorted()
                .flatMap(name -> streaming(name).filter(p -> isReadModel(name, p)).stream().map(p -> status(name, p)))
                .toList();
    }

    private static boolean isReadModel(String name, StreamingEventProcessor processor) {
        return processor.supportsReset() && !PROCESS_MANAGERS.contains(name);
    }

    private static final java.util.Set<String> PROCESS_MANAGERS = java.util.Set.of(
            "contract-return-opener", "contract-fraud-debarment");

    public Status status(String name) {
        return status(name, requireStreaming(name));
    }

    public void rebuild(String name) {
        StreamingEventProcessor processor = requireStreaming(name);
        if (!processor.supportsReset()) {
            throw new IllegalArgumentException("projection '" + name + "' cannot be reset");
        }
        log.info("Rebuilding projection {} from the event store", name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** Stops a projection's processor (its tables then stay as they are until it is started again). */
    void stop(String name) {
        requireStreaming(name).shutDown();
    }

    /** Waits until the projection has processed every event stored so far (for tests and the start-up flag). */
    public Status awaitCaughtUp(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Status status = status(name);
        while (!status.caughtUp() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            status = status(name);
        }
        return status;
    }

    private Status status(String name, StreamingEventProcessor processor) {
        long head = position(eventStore.createHeadToken());
        long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1))
                .min().orElse(-1);
        boolean replaying = processor.isReplaying();
        return new Status(name, processor.isRunning(), replaying, position, head,
                processor.isRunning() && !replaying && position >= head);
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return -1;
        }
        OptionalLong position = token.position();
        return position.orElse(-1);
    }

    private java.util.Optional<StreamingEventProcessor> streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private StreamingEventProcessor requireStreaming(String name) {
        return streaming(name).filter(p -> isReadModel(name, p))
                .orElseThrow(() -> new ProblemHandler.NotFound("no rebuildable projection '" + name + "'"));
    }
}
