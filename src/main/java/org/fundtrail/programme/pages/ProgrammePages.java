package org.fundtrail.programme.pages;

import org.fundtrail.journal.Statements;
import org.fundtrail.money.Money;
import org.fundtrail.programme.Allocations;
import org.fundtrail.programme.ProgrammeQueries;
import org.fundtrail.programme.ProgrammeScope;
import org.fundtrail.programme.api.AllocationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.security.Access;
import org.fundtrail.security.FundtrailUser;
import org.fundtrail.security.Role;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Programmes for the bureaus that hold their money: the list, one programme's channel (holders and what they hold,
 * allocations and their status, contracts funded), and the form an officer proposes the next hop down with.
 */
@PageController
class ProgrammePages {

    private final ProgrammeScope scope;
    private final Allocations allocations;
    private final Statements statements;
    private final Access access;
    private final Clock clock;

    ProgrammePages(ProgrammeScope scope, Allocations allocations, Statements statements, Access access, Clock clock) {
        this.scope = scope;
        this.allocations = allocations;
        this.statements = statements;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/app/programmes")
    String list(Model model) {
        model.addAttribute("programmes", scope.visibleProgrammes());
        return "programme/list";
    }

    @GetMapping("/app/programmes/{programmeId}")
    String show(@PathVariable ProgrammeId programmeId, Model model) {
        AllocationForm form = new AllocationForm();
        form.setAllocationId("al-" + UUID.randomUUID());
        form.setEffectiveDate(LocalDate.now(clock));
        return page(programmeId, form, model);
    }

    @PostMapping("/app/programmes/{programmeId}/allocations")
    String propose(@PathVariable ProgrammeId programmeId, @ModelAttribute("form") AllocationForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        scope.readable(programmeId);
        Money amount = parseAmount(form.getAmount(), errors);
        if (blank(form.getFromHolder())) {
            errors.rejectValue("fromHolder", "form.required");
        }
        if (blank(form.getToHolder())) {
            errors.rejectValue("toHolder", "form.required");
        }
        if (blank(form.getAllocationId())) {
            errors.reject("form.invalid");
        }
        if (errors.hasErrors()) {
            return page(programmeId, form, model);
        }
        try {
            allocations.propose(programmeId, new Allocations.Proposal(AllocationId.of(form.getAllocationId()),
                    HolderId.of(form.getFromHolder().strip()), HolderId.of(form.getToHolder().strip()),
                    form.getToHolderName(), amount, form.getEffectiveDate()));
        } catch (RuntimeException e) {
            FormErrors.reject(errors, FormErrors.ruleViolation(e).orElseThrow(() -> e), Map.of("allocationId", "toHolder"));
            return page(programmeId, form, model);
        }
        redirect.addAttribute("proposed", form.getAllocationId());
        return "redirect:/app/programmes/" + programmeId.value();
    }

    private String page(ProgrammeId programmeId, AllocationForm form, Model model) {
        ProgrammeQueries.ProgrammeDetail detail = scope.readable(programmeId);
        model.addAttribute("detail", detail);
        model.addAttribute("statement", statements.programmeStatement(programmeId).orElse(null));
        model.addAttribute("holderNames", ProgrammeView.holderNames(detail));
        List<ProgrammeQueries.HolderView> payers = payers(detail);
        model.addAttribute("payers", payers);
        if (form.getFromHolder() == null && !payers.isEmpty()) {
            form.setFromHolder(payers.get(0).holder());
        }
        model.addAttribute("children", ProgrammeView.childrenOf(detail, payers));
        model.addAttribute("form", form);
        return "programme/show";
    }

    /** The holders the user may propose allocations from: an officer their own bureau, an admin any holder. */
    private List<ProgrammeQueries.HolderView> payers(ProgrammeQueries.ProgrammeDetail detail) {
        FundtrailUser user = access.currentUser();
        return detail.holders().stream()
                .filter(h -> user.role() == Role.ADMIN
                        || (user.role() == Role.FINANCE_OFFICER && user.bureau() != null && user.bureau().value().equals(h.holder())))
                .toList();
    }

    static Money parseAmount(String text, BindingResult errors) {
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("amount", "finance.amount.invalid", e.getMessage());
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
