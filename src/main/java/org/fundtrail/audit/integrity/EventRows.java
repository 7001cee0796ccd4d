package org.fundtrail.audit.integrity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads event rows exactly as stored, for sealing, verifying and proving. */
@Component
class EventRows {

    record StoredEvent(long globalIndex, EventContent content) {
    }

    static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, payloadtype, "
            + "payloadrevision, timestamp, payload, metadata";

    private final JdbcClient jdbc;

    EventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEvent> after(long globalIndex, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT ?")
                .param(globalIndex).param(limit)
                .query((rs, n) -> read(rs)).list();
    }

    Optional<StoredEvent> at(long globalIndex) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry WHERE globalindex = ?")
                .param(globalIndex).query((rs, n) -> read(rs)).optional();
    }

    boolean anyBetween(long fromInclusive, long toInclusive) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry WHERE globalindex BETWEEN ? AND ?)")
                .param(fromInclusive).param(toInclusive).query(Boolean.class).single();
    }

    boolean exists(String eventIdentifier) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry WHERE eventidentifier = ?)")
                .param(eventIdentifier).query(Boolean.class).single();
    }

    /** Reads the event columns of the current row, which must be named as in {@link #COLUMNS}. */
    static StoredEvent read(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("globalindex"), new EventContent(
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("type"),
                rs.getString("eventidentifier"), rs.getString("payloadtype"), rs.getString("payloadrevision"),
                rs.getString("timestamp"), rs.getBytes("payload"), rs.getBytes("metadata")));
    }
}
