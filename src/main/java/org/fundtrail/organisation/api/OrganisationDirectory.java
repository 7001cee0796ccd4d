package org.fundtrail.organisation.api;

import java.time.LocalDate;
import java.util.Optional;

/** Command-side lookup of contractor organisations, consistent with the event store (kept in the same transaction). */
public interface OrganisationDirectory {

    Optional<Organisation> find(OrganisationId organisationId);

    Optional<OrganisationId> findByCreditCode(String creditCode);

    record Organisation(OrganisationId organisationId, String name, String creditCode, String rating,
                        LocalDate debarredUntil) {

        /** Barred on {@code date} if a debarment runs past it. */
        public boolean isDebarredOn(LocalDate date) {
            return debarredUntil != null && date.isBefore(debarredUntil);
        }
    }
}
