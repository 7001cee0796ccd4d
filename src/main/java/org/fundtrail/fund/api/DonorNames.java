package org.fundtrail.fund.api;

import java.util.Optional;

/**
 * A donor's name as the charity recorded it, for those who must show it in some form (the public read model masks
 * it). Names live outside the event store so that they can be erased; an erased or never-given name is empty.
 */
public interface DonorNames {

    Optional<String> nameOf(DonorId donor);
}
