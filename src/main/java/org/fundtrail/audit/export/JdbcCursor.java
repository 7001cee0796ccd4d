package org.fundtrail.audit.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Rows of a query as a {@link RowSource} read through a PostgreSQL cursor: the query runs inside a read-only
 * transaction (autocommit off) with a fetch size, so the driver holds {@value #FETCH_SIZE} rows at a time, not the
 * result. The transaction, and so one pooled connection and one snapshot, lasts while the rows are being written out.
 */
@Component
public class JdbcCursor {

    public static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    JdbcCursor(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The rows of {@code sql} (named parameters, e.g. {@code :asOf}), mapped one at a time as they are written. */
    public <T> RowSource<T> rows(String sql, Map<String, ?> parameters, RowMapper<T> mapper) {
        return action -> readOnly.executeWithoutResult(status -> {
            int[] rowNumber = {0};
            jdbc.query(sql, parameters, (RowCallbackHandler) rs -> action.accept(mapper.mapRow(rs, rowNumber[0]++)));
        });
    }
}
