package org.fundtrail.programme.api;

import java.util.Optional;

/** Command-side lookup of programmes (policy, treasury, root holder), consistent with the event store. */
public interface ProgrammeDirectory {

    Optional<ProgrammeFacts> find(ProgrammeId programmeId);

    record ProgrammeFacts(ProgrammeId programmeId, String policyId, TreasuryId treasuryId, HolderId rootHolder,
                          int fiscalYear) {
    }
}
