package org.fundtrail.programme.api;

import java.util.Collection;
import java.util.Optional;

/** The programme policies read from {@code ledger/programmes/} at start-up. */
public interface ProgrammePolicies {

    Optional<ProgrammePolicy> find(String policyId);

    Collection<ProgrammePolicy> all();
}
