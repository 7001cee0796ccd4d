package org.fundtrail.contract.pages;

import org.fundtrail.contract.ContractPagesCatchUp;
import org.fundtrail.contract.ContractReviews;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.Milestone;
import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.evidence.api.EvidenceStore;
import org.fundtrail.web.FormErrors;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An officer of the funding holder records a mid-term evaluation or the final acceptance, passed or failed, with the
 * report attached. The report is stored in the same write as the evaluation, so a refused evaluation keeps no file.
 */
@PageController
class MilestonePages {

    private final ContractReviews reviews;
    private final ContractPagesCatchUp catchUp;
    private final EvidenceStore evidence;
    private final Clock clock;

    MilestonePages(ContractReviews reviews, ContractPagesCatchUp catchUp, EvidenceStore evidence, Clock clock) {
        this.reviews = reviews;
        this.catchUp = catchUp;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** A blank evaluation form with a fresh request id, for the contract page's officer actions. */
    static MilestoneForm blankForm(Clock clock) {
        MilestoneForm form = new MilestoneForm();
        form.setFormId("ms-" + UUID.randomUUID());
        form.setEffectiveDate(LocalDate.now(clock));
        return form;
    }

    @GetMapping("/app/contracts/{contractId}/milestones/new")
    String form(@PathVariable ContractId contractId, Model model) {
        reviews.officerOf(contractId);
        return page(contractId, blankForm(clock), model);
    }

    @PostMapping("/app/contracts/{contractId}/milestones")
    String record(@PathVariable ContractId contractId, @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        reviews.officerOf(contractId);
        if (form.getMilestone() == null) {
            errors.rejectValue("milestone", "form.required");
        }
        if (form.getPassed() == null) {
            errors.rejectValue("passed", "form.required");
        }
        if (form.getFormId() == null || form.getFormId().isBlank()) {
            errors.reject("form.invalid");
        }
        if (errors.hasErrors()) {
            return page(contractId, form, model);
        }
        var report = form.getReport();
        List<Object> fingerprint = Arrays.asList(contractId, form.getMilestone(), form.getPassed(), form.getEffectiveDate(),
                report == null ? null : report.getOriginalFilename(), report == null ? 0 : report.getSize());
        try {
            reviews.recordMilestone(contractId, form.getFormId(), fingerprint,
                    new ContractReviews.Evaluation(form.getMilestone(), form.getPassed(), form.getEffectiveDate()),
                    () -> evidence.store(EvidenceScope.contract(contractId), report).reference().toString());
        } catch (RuntimeException e) {
            FormErrors.reject(errors, FormErrors.ruleViolation(e).orElseThrow(() -> e),
                    Map.of("file", "report", "reportReference", "report"));
            return page(contractId, form, model);
        }
        catchUp.awaitReadModel();
        redirect.addAttribute("recorded", form.getMilestone().name());
        return "redirect:/app/contracts/" + contractId.value();
    }

    private String page(ContractId contractId, MilestoneForm form, Model model) {
        model.addAttribute("contractId", contractId.value());
        model.addAttribute("milestones", Milestone.values());
        model.addAttribute("milestoneForm", form);
        return "contract/milestone";
    }
}
