package org.fundtrail.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fundtrail.organisation.api.CharityDirectory;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.CharityRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The charity directory, written by a subscribing handler in the registering command's transaction, so that a
 * fund opened right after sees the charity, and two charities cannot share a credit code (unique index).
 */
@Component
@ProcessingGroup("organisation-command-model")
class JdbcCharityDirectory implements CharityDirectory {

    private final JdbcClient jdbc;

    JdbcCharityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CharityRegistered event) {
        jdbc.sql("INSERT INTO charity_directory (charity_id, name, credit_code) VALUES (?, ?, ?)")
                .params(event.charityId().value(), event.name(), event.creditCode())
                .update();
    }

    @Override
    public Optional<Charity> find(CharityId charityId) {
        return jdbc.sql("SELECT charity_id, name, credit_code FROM charity_directory WHERE charity_id = ?")
                .param(charityId.value())
                .query((rs, n) -> new Charity(CharityId.of(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .optional();
    }

    @Override
    public Optional<CharityId> findByCreditCode(String creditCode) {
        return jdbc.sql("SELECT charity_id FROM charity_directory WHERE credit_code = ?")
                .param(creditCode)
                .query((rs, n) -> CharityId.of(rs.getString(1)))
                .optional();
    }
}
