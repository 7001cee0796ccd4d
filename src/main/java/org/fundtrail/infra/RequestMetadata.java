package org.fundtrail.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The metadata every command (and so every event) carries: the acting user, their role and the HTTP request id.
 */
public final class RequestMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String REQUEST_ID = "requestId";
    /** MDC key under which {@link RequestIdFilter} keeps the current request id. */
    public static final String MDC_REQUEST_ID = "requestId";

    private RequestMetadata() {
    }

    static Map<String, Object> current() {
        Map<String, Object> metadata = new HashMap<>();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated()) {
            metadata.put(ACTOR, auth.getName());
            metadata.put(ROLE, auth.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length()))
                    .findFirst().orElse(""));
        } else {
            metadata.put(ACTOR, "system");
            metadata.put(ROLE, "SYSTEM");
        }
        String requestId = MDC.get(MDC_REQUEST_ID);
        if (requestId != null) {
            metadata.put(REQUEST_ID, requestId);
        }
        return metadata;
    }

    /** Adds the metadata to commands that do not already carry it (a saga's command keeps its cause's). */
    static class Interceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, command) -> command.getMetaData().containsKey(ACTOR)
                    ? command
                    : command.andMetaData(current());
        }
    }
}
