package org.fundtrail.contract.pages;

import org.fundtrail.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page an officer's refused action on a contract ends on: what was tried, the rule it broke (next to the reason
 * when the reason was at fault), what was typed, and the way back. Nothing was recorded.
 */
final class RefusedAction {

    private RefusedAction() {
    }

    /**
     * @param action message key naming what was tried
     * @param retry  where the form posts to try again
     */
    static String page(RuntimeException refusal, String contractId, String action, String retry, boolean withReason,
                       BindingResult errors, Model model) {
        FormErrors.reject(errors, FormErrors.ruleViolation(refusal).orElseThrow(() -> refusal));
        model.addAttribute("contractId", contractId);
        model.addAttribute("action", action);
        model.addAttribute("retry", retry);
        model.addAttribute("withReason", withReason);
        return "contract/refused";
    }
}
