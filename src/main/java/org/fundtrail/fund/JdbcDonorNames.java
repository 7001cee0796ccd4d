package org.fundtrail.fund;

import org.fundtrail.fund.api.DonorId;
import org.fundtrail.fund.api.DonorNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the {@code donor} table that {@link Donors} writes. */
@Component
class JdbcDonorNames implements DonorNames {

    private final JdbcClient jdbc;

    JdbcDonorNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> nameOf(DonorId donor) {
        return jdbc.sql("SELECT name FROM donor WHERE donor_id = ? AND erased_at IS NULL AND name IS NOT NULL")
                .param(donor.value())
                .query(String.class)
                .optional();
    }
}
