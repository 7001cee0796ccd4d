package org.fundtrail.organisation.api;

import java.util.Optional;

/** Command-side lookup of registered charities, consistent with the event store (kept in the same transaction). */
public interface CharityDirectory {

    Optional<Charity> find(CharityId charityId);

    Optional<CharityId> findByCreditCode(String creditCode);

    record Charity(CharityId charityId, String name, String creditCode) {
    }
}
