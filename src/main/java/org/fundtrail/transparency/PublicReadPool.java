package org.fundtrail.transparency;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * A small pool of read-only connections of its own for the public pages and open data, to the same database as the
 * application's main pool: however many readers arrive, they wait for one of these few connections and never take
 * one that recording a donation or a payment needs. A statement that runs too long is cancelled by the database.
 */
public final class PublicReadPool implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;

    private PublicReadPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** A pool of {@code size} connections to the database {@code primary} connects to. */
    static PublicReadPool alongside(DataSource primary, int size) throws SQLException {
        HikariDataSource main = primary.unwrap(HikariDataSource.class);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(main.getJdbcUrl());
        config.setUsername(main.getUsername());
        config.setPassword(main.getPassword());
        if (main.getDriverClassName() != null) {
            config.setDriverClassName(main.getDriverClassName());
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setReadOnly(true);
        config.setConnectionTimeout(2_000);
        config.setConnectionInitSql("SET statement_timeout = 2000");
        config.setPoolName("fundtrail-public");
        // shown in pg_stat_activity, so an operator sees which connections the public side holds
        config.addDataSourceProperty("ApplicationName", "fundtrail-public");
        return new PublicReadPool(new HikariDataSource(config));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The pool itself, for tests that take its connections away. */
    DataSource dataSource() {
        return dataSource;
    }

    public int maximumPoolSize() {
        return dataSource.getMaximumPoolSize();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
