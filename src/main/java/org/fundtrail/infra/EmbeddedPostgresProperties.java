package org.fundtrail.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code fundtrail.embedded-postgres.*}). Where it keeps its data is
 * {@code fundtrail.data-dir}: the database lives in {@code postgres/} below it.
 *
 * @param ephemeral a throw-away database in a temporary folder (tests)
 * @param durable   fsync and synchronous commit on; off only for tests and benchmarks that say so
 * @param port      fixed port, or 0 for any free one
 * @param poolSize  connections in the application's pool
 */
@ConfigurationProperties("fundtrail.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("true") boolean durable,
        @DefaultValue("0") int port,
        @DefaultValue("40") int poolSize) {
}
