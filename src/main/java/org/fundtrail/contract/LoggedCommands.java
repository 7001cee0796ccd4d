package org.fundtrail.contract;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.infra.RuleCode;
import org.fundtrail.infra.RuleViolation;
import org.slf4j.Logger;

import java.util.Arrays;

/**
 * How the contract's process managers send commands: without waiting, and with a refusal logged (with the command and
 * so its ids) instead of thrown, so that one refused command cannot stall the processor for every later event.
 * <p>
 * A command sent from an event processor runs in the processor's transaction (local command bus): its events are
 * stored when the processor's batch commits, together with the token and the saga state. A conflicting write
 * (another request changed the same aggregate) fails that commit and the processor retries the whole batch, so only
 * refusals by the rules reach this class. Refusals the receiving aggregate is expected to give on a redelivery
 * ({@code harmless}) are logged at info, every other one at warn, for an officer to act on.
 */
final class LoggedCommands {

    private LoggedCommands() {
    }

    static void send(CommandGateway gateway, Logger log, Object command, RuleCode... harmless) {
        gateway.send(command).whenComplete((result, failure) -> {
            if (failure == null) {
                return;
            }
            RuleViolation refusal = ruleViolation(failure);
            if (refusal != null && Arrays.asList(harmless).contains(refusal.code())) {
                log.info("{} refused as already done ({}): {}", command, refusal.code().name(), refusal.getMessage());
            } else if (refusal != null) {
                log.warn("{} refused ({}): {}", command, refusal.code().name(), refusal.getMessage());
            } else {
                log.warn("{} failed", command, failure);
            }
        });
    }

    private static RuleViolation ruleViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return violation;
            }
        }
        return null;
    }
}
