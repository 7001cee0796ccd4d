package org.fundtrail.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holds a PostgreSQL lock on the command's target aggregate until the database transaction ends.
 * <p>
 * Axon's own aggregate lock lives in this JVM and is released when the unit of work ends. A write through the API
 * commits later, together with its idempotency record, so without this lock a second command on the same aggregate
 * could load it before the first commits and both would decide on the same version. The transaction-scoped advisory
 * lock also serialises commands on one aggregate across several service nodes.
 */
class AggregateLockInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    AggregateLockInterceptor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String aggregateId = targets.resolveTarget(unitOfWork.getMessage()).getIdentifier();
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 1))", aggregateId);
        return chain.proceed();
    }
}
