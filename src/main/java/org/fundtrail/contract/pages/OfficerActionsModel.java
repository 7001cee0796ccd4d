package org.fundtrail.contract.pages;

import org.fundtrail.contract.api.Milestone;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;

/**
 * What the officers' actions on the contract page ({@code contract/officer :: actions}) need besides the contract: a
 * blank evaluation form carrying a fresh request id, and the evaluations there are.
 */
@ControllerAdvice(assignableTypes = ContractPages.class)
class OfficerActionsModel {

    private final Clock clock;

    OfficerActionsModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("milestoneForm")
    MilestoneForm milestoneForm() {
        return MilestonePages.blankForm(clock);
    }

    @ModelAttribute("milestones")
    Milestone[] milestones() {
        return Milestone.values();
    }
}
