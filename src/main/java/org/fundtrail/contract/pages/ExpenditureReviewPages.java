package org.fundtrail.contract.pages;

import org.fundtrail.contract.ContractPagesCatchUp;
import org.fundtrail.contract.ContractReviews;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An officer of the funding holder accepts a reported expenditure as properly used, or rejects it with a reason. */
@PageController
class ExpenditureReviewPages {

    private final ContractReviews reviews;
    private final ContractPagesCatchUp catchUp;

    ExpenditureReviewPages(ContractReviews reviews, ContractPagesCatchUp catchUp) {
        this.reviews = reviews;
        this.catchUp = catchUp;
    }

    @PostMapping("/app/contracts/{contractId}/expenditures/{expenditureId}/acceptance")
    String accept(@PathVariable ContractId contractId, @PathVariable ExpenditureId expenditureId,
                  @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            reviews.accept(contractId, expenditureId, null);
        } catch (RuntimeException e) {
            return RefusedAction.page(e, contractId.value(), "finance.expenditure.accept",
                    path(contractId, expenditureId) + "/acceptance", false, errors, model);
        }
        catchUp.awaitReadModel();
        redirect.addAttribute("accepted", expenditureId.value());
        return "redirect:/app/contracts/" + contractId.value();
    }

    @PostMapping("/app/contracts/{contractId}/expenditures/{expenditureId}/rejection")
    String reject(@PathVariable ContractId contractId, @PathVariable ExpenditureId expenditureId,
                  @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            reviews.reject(contractId, expenditureId, form.getReason() == null ? "" : form.getReason(), null);
        } catch (RuntimeException e) {
            return RefusedAction.page(e, contractId.value(), "finance.expenditure.reject",
                    path(contractId, expenditureId) + "/rejection", true, errors, model);
        }
        catchUp.awaitReadModel();
        redirect.addAttribute("rejected", expenditureId.value());
        return "redirect:/app/contracts/" + contractId.value();
    }

    private static String path(ContractId contractId, ExpenditureId expenditureId) {
        return "/app/contracts/" + contractId.value() + "/expenditures/" + expenditureId.value();
    }
}
