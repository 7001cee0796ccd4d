package org.fundtrail.fund;

import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Donors' names and contacts: personal data, kept out of the event store so it can be erased on request. */
@Component
class Donors {

    private final JdbcClient jdbc;

    Donors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DonorId register(DonorKind kind, String name, String contact) {
        DonorId id = DonorId.of(UUID.randomUUID().toString());
        jdbc.sql("INSERT INTO donor (donor_id, kind, name, contact) VALUES (?, ?, ?, ?)")
                .params(id.value(), kind.name(), blankToNull(name), blankToNull(contact))
                .update();
        return id;
    }

    /** The donor's name, unless it was never given or has been erased. */
    Optional<String> nameOf(DonorId id) {
        return jdbc.sql("SELECT name FROM donor WHERE donor_id = ?").param(id.value())
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(name -> name);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
