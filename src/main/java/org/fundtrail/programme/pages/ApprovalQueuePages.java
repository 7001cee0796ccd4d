package org.fundtrail.programme.pages;

import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.TrancheApprovals;
import org.fundtrail.programme.Allocations;
import org.fundtrail.programme.ProgrammeQueries;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.security.Access;
import org.fundtrail.security.FundtrailUser;
import org.fundtrail.security.Role;
import org.fundtrail.web.FormErrors;
import org.fundtrail.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Collectors;

/**
 * An approver's queue: allocations and tranche payments proposed for their bureau, never their own proposals. Each
 * decision is a form; a refused one comes back to the queue with the broken rule next to the item (see
 * {@link QueueRefusal}).
 */
@PageController
class ApprovalQueuePages {

    private final ProgrammeQueries programmes;
    private final TrancheApprovals tranches;
    private final Allocations allocations;
    private final Access access;

    ApprovalQueuePages(ProgrammeQueries programmes, TrancheApprovals tranches, Allocations allocations, Access access) {
        this.programmes = programmes;
        this.tranches = tranches;
        this.allocations = allocations;
        this.access = access;
    }

    @GetMapping("/app/approvals")
    String queue(Model model) {
        FundtrailUser user = access.currentUser();
        HolderId payer = payerScope(user);
        model.addAttribute("allocations", programmes.pendingAllocations(payer, user.username()));
        model.addAttribute("tranches", tranches.waitingFor(payer, user.username()));
        model.addAttribute("programmeNames", programmes.programmes().stream()
                .collect(Collectors.toMap(ProgrammeQueries.ProgrammeView::id, ProgrammeQueries.ProgrammeView::name, (a, b) -> a)));
        return "programme/approvals";
    }

    @PostMapping("/app/approvals/allocations/{programmeId}/{allocationId}/approval")
    String approve(@PathVariable ProgrammeId programmeId, @PathVariable AllocationId allocationId, RedirectAttributes redirect) {
        return decide(() -> allocations.approve(programmeId, allocationId), "allocation:" + allocationId.value(), null,
                "approved", redirect);
    }

    @PostMapping("/app/approvals/allocations/{programmeId}/{allocationId}/rejection")
    String reject(@PathVariable ProgrammeId programmeId, @PathVariable AllocationId allocationId,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return decide(() -> allocations.reject(programmeId, allocationId, reason), "allocation:" + allocationId.value(),
                reason, "rejected", redirect);
    }

    @PostMapping("/app/approvals/tranches/{contractId}/{number}/approval")
    String approveTranche(@PathVariable ContractId contractId, @PathVariable int number, RedirectAttributes redirect) {
        return decide(() -> tranches.approve(contractId, number), "tranche:" + contractId.value() + ":" + number, null,
                "approved", redirect);
    }

    @PostMapping("/app/approvals/tranches/{contractId}/{number}/rejection")
    String rejectTranche(@PathVariable ContractId contractId, @PathVariable int number,
                         @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return decide(() -> tranches.reject(contractId, number, reason), "tranche:" + contractId.value() + ":" + number,
                reason, "rejected", redirect);
    }

    private static String decide(Runnable decision, String item, String reason, String outcome, RedirectAttributes redirect) {
        try {
            decision.run();
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("refusal", QueueRefusal.of(item, FormErrors.ruleViolation(e).orElseThrow(() -> e), reason));
            return "redirect:/app/approvals";
        }
        redirect.addAttribute(outcome, item);
        return "redirect:/app/approvals";
    }

    /** Approvers see their bureau's queue, admins every bureau's; nobody else has a queue. */
    private static HolderId payerScope(FundtrailUser user) {
        if (user.role() == Role.ADMIN) {
            return null;
        }
        if (user.role() == Role.APPROVER && user.bureau() != null) {
            return user.bureau();
        }
        throw new AccessDeniedException(user.username() + " approves nothing");
    }
}
