package org.fundtrail.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fundtrail.organisation.api.OrganisationDebarred;
import org.fundtrail.organisation.api.OrganisationDirectory;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.organisation.api.OrganisationRated;
import org.fundtrail.organisation.api.OrganisationRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The contractor-organisation directory, written by a subscribing handler in the command's transaction, so that a
 * contract signed right after sees the organisation, its rating and its debarment, and two organisations cannot share
 * a credit code (unique index). The current rating is the one with the latest effective date; a debarment only ever
 * moves {@code debarred_until} later. Each debarment is also kept in {@code organisation_debarment} for the API.
 */
@Component
@ProcessingGroup("organisation-command-model")
class JdbcOrganisationDirectory implements OrganisationDirectory {

    private final JdbcClient jdbc;

    JdbcOrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        jdbc.sql("INSERT INTO organisation_directory (organisation_id, name, credit_code) VALUES (?, ?, ?)")
                .params(event.organisationId().value(), event.name(), event.creditCode())
                .update();
    }

    @EventHandler
    void on(OrganisationRated event) {
        jdbc.sql("""
                        UPDATE organisation_directory SET rating = :rating, rated_on = :ratedOn
                        WHERE organisation_id = :id AND (rated_on IS NULL OR rated_on <= :ratedOn)""")
                .param("rating", event.rating())
                .param("ratedOn", event.effectiveDate())
                .param("id", event.organisationId().value())
                .update();
    }

    @EventHandler
    void on(OrganisationDebarred event) {
        jdbc.sql("""
                        UPDATE organisation_directory SET debarred_until = GREATEST(debarred_until, CAST(:until AS DATE))
                        WHERE organisation_id = :id""")
                .param("until", event.until())
                .param("id", event.organisationId().value())
                .update();
        jdbc.sql("""
                        INSERT INTO organisation_debarment (organisation_id, effective_date, debarred_until, reason, reference)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(event.organisationId().value(), event.effectiveDate(), event.until(), event.reason(),
                        event.reference())
                .update();
    }

    @Override
    public Optional<Organisation> find(OrganisationId organisationId) {
        return jdbc.sql("""
                        SELECT organisation_id, name, credit_code, rating, debarred_until
                        FROM organisation_directory WHERE organisation_id = ?""")
                .param(organisationId.value())
                .query((rs, n) -> new Organisation(OrganisationId.of(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .optional();
    }

    @Override
    public Optional<OrganisationId> findByCreditCode(String creditCode) {
        return jdbc.sql("SELECT organisation_id FROM organisation_directory WHERE credit_code = ?")
                .param(creditCode)
                .query((rs, n) -> OrganisationId.of(rs.getString(1)))
                .optional();
    }
}
