package org.fundtrail.audit.pages;

import org.fundtrail.audit.integrity.ChainVerifier;
import org.fundtrail.audit.integrity.IntegrityOverview;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The auditor's start page: is the event log intact (sealed and verified up to which event, the latest signed root,
 * the first break if any), and the ways into the ledger from there.
 */
@PageController
@RequestMapping("/app/audit")
class AuditStartPage {

    private final IntegrityOverview integrity;
    private final ChainVerifier verifier;

    AuditStartPage(IntegrityOverview integrity, ChainVerifier verifier) {
        this.integrity = integrity;
        this.verifier = verifier;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("integrity", integrity.status());
        model.addAttribute("kinds", TrailKind.values());
        return "audit/start";
    }

    /**
     * Recomputes the whole chain now (as {@code GET /api/audit/integrity/verify}); the result becomes the status's
     * latest verification. A POST, so that a link prefetch or a crawler does not start a read of the whole log.
     */
    @PostMapping("/integrity/verification")
    String verify() {
        verifier.verify();
        return "redirect:/app/audit";
    }
}
