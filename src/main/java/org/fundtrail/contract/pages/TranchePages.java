package org.fundtrail.contract.pages;

import org.fundtrail.contract.ContractPagesCatchUp;
import org.fundtrail.contract.TranchePayments;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer of the funding holder proposes paying a tranche from the contract page. Whether its condition is on
 * record the contract decides; its refusal is shown. An approver pays it from the approval queue.
 */
@PageController
class TranchePages {

    private final TranchePayments tranches;
    private final ContractPagesCatchUp catchUp;

    TranchePages(TranchePayments tranches, ContractPagesCatchUp catchUp) {
        this.tranches = tranches;
        this.catchUp = catchUp;
    }

    @PostMapping("/app/contracts/{contractId}/tranches/{number}/proposal")
    String propose(@PathVariable ContractId contractId, @PathVariable int number, @ModelAttribute("form") DecisionForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            tranches.propose(contractId, number, null, form.getFormId() == null || form.getFormId().isBlank() ? null : form.getFormId());
        } catch (RuntimeException e) {
            model.addAttribute("number", number);
            return RefusedAction.page(e, contractId.value(), "finance.tranche.propose", "/app/contracts/" + contractId.value()
                    + "/tranches/" + number + "/proposal", false, errors, model);
        }
        catchUp.awaitReadModel();
        redirect.addAttribute("proposed", number);
        return "redirect:/app/contracts/" + contractId.value();
    }
}
