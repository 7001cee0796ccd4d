package org.fundtrail.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
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
    public static final String[] COMMAND_MODEL_GROUPS = {"fund-command-model", "organisation-command-model"};

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
    SmartInitializingSingleton stampCommands(ObjectProvider<CommandBus> commandBus) {
        return () -> commandBus.getObject().registerDispatchInterceptor(new RequestMetadata.Interceptor());
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
