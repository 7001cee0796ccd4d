package org.fundtrail.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Axon wiring that differs from the defaults.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * Processing groups that keep command-side lookup tables (what exists, what a pool holds). They run in the
     * command's own transaction, so a failure there must fail the command instead of being logged and skipped.
     */
    public static final String[] COMMAND_MODEL_GROUPS = {
            "fund-command-model", "organisation-command-model", "programme-command-model", "contract-command-model"};

    @Bean
    ConfigurerModule commandModelsFailTheCommand() {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : COMMAND_MODEL_GROUPS) {
                processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
            }
        });
    }

    /** Who did it and on which request: copied from each command onto every event it causes. */
    @Bean
    CorrelationDataProvider actorAndRequest() {
        return new SimpleCorrelationDataProvider(RequestMetadata.ACTOR, RequestMetadata.ROLE, RequestMetadata.REQUEST_ID);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    SmartInitializingSingleton stampCommands(ObjectProvider<CommandBus> commandBus, JdbcTemplate jdbc) {
        return () -> {
            CommandBus bus = commandBus.getObject();
            bus.registerDispatchInterceptor(new RequestMetadata.Interceptor());
            // registered after Axon's transaction interceptor, so the lock is taken inside the command's transaction
            if (bus instanceof org.axonframework.commandhandling.SimpleCommandBus local) {
                local.registerHandlerInterceptor(new AggregateLockInterceptor(jdbc));
            }
        };
    }

    /**
     * The event store with a shorter poll: a write commits in the web request's transaction, after Axon's unit of
     * work has already nudged the processors, so they find the events on their next poll. 100 ms instead of Axon's
     * 1 s keeps the read models close behind the ledger for the price of a cheap indexed query ten times a second.
     */
    /** Axon's JDBC storage engine (tables from Flyway, payloads as bytea), declared here because the store is. */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          org.axonframework.config.Configuration configuration) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(AxonConfiguration::isDuplicateKey)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .build();
    }

    /**
     * PostgreSQL reports a duplicate (aggregate, sequence) as SQLState 23505, which Axon's default resolver does not
     * recognise; recognised, Axon turns it into a {@code ConcurrencyException} that the API retries or answers 409.
     */
    static boolean isDuplicateKey(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .fetchDelay(100)
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return EventSerialization.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return EventSerialization.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return EventSerialization.serializer();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
