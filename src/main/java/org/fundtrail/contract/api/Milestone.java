package org.fundtrail.contract.api;

import org.fundtrail.programme.api.TrancheCondition;

/** Evaluations recorded on a contract; passing one releases the tranches that wait for it. */
public enum Milestone {
    MIDTERM_EVALUATION(TrancheCondition.MIDTERM_EVALUATION_PASSED),
    FINAL_ACCEPTANCE(TrancheCondition.FINAL_ACCEPTANCE_PASSED);

    private final TrancheCondition releases;

    Milestone(TrancheCondition releases) {
        this.releases = releases;
    }

    public TrancheCondition releases() {
        return releases;
    }
}
