package org.fundtrail.fund.pages;

import org.fundtrail.fund.FundQueries;
import org.fundtrail.fund.FundRecords;
import org.fundtrail.fund.Grants;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GrantId;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.money.Money;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Map;

/** Awarding a grant from one of the fund's pools, and paying it. */
@PageController
class GrantForms {

    private final Grants grants;
    private final FundRecords records;

    GrantForms(Grants grants, FundRecords records) {
        this.grants = grants;
        this.records = records;
    }

    @GetMapping("/app/funds/{fundId}/grants/new")
    String newGrant(@PathVariable FundId fundId, Model model) {
        GrantForm form = new GrantForm();
        form.setId(FormInput.newId("g"));
        return grantForm(fundId, form, model);
    }

    @PostMapping("/app/funds/{fundId}/grants/new")
    String award(@PathVariable FundId fundId, @ModelAttribute("form") GrantForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        records.requireWrite(fundId);
        Money amount = FormInput.yuan(errors, "amount", form.getAmount());
        LocalDate date = FormInput.date(errors, "effectiveDate", form.getEffectiveDate());
        if (errors.hasErrors()) {
            return grantForm(fundId, form, model);
        }
        var request = new Grants.AwardRequest(GrantId.of(form.getId()), form.getGranteeCreditCode(),
                form.getGranteeName(), form.getProject(), Pool.parse(form.getPool()), amount, date);
        return FormInput.attempt(errors, Map.of(), () -> grants.award(fundId, request))
                .map(done -> {
                    redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("charity.notice.grantAwarded"));
                    return "redirect:/app/funds/" + fundId.value();
                })
                .orElseGet(() -> grantForm(fundId, form, model));
    }

    @GetMapping("/app/funds/{fundId}/grants/{grantId}/payments/new")
    String newPayment(@PathVariable FundId fundId, @PathVariable GrantId grantId, Model model) {
        PaymentForm form = new PaymentForm();
        form.setId(String.valueOf(grants.nextPaymentNumber(fundId, grantId)));
        return paymentForm(fundId, grantId, form, model);
    }

    @PostMapping("/app/funds/{fundId}/grants/{grantId}/payments/new")
    String pay(@PathVariable FundId fundId, @PathVariable GrantId grantId, @ModelAttribute("form") PaymentForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        records.requireWrite(fundId);
        Money amount = FormInput.yuan(errors, "amount", form.getAmount());
        LocalDate date = FormInput.date(errors, "effectiveDate", form.getEffectiveDate());
        if (errors.hasErrors()) {
            return paymentForm(fundId, grantId, form, model);
        }
        var request = new Grants.PaymentRequest(paymentNumber(form), amount, date);
        return FormInput.attempt(errors, Map.of("paymentNumber", "amount"), () -> grants.pay(fundId, grantId, request))
                .map(done -> {
                    redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("charity.notice.grantPaid"));
                    return "redirect:/app/funds/" + fundId.value();
                })
                .orElseGet(() -> paymentForm(fundId, grantId, form, model));
    }

    private String grantForm(FundId fundId, GrantForm form, Model model) {
        records.requireWrite(fundId);
        FundQueries.FundSummary fund = records.fund(fundId);
        model.addAttribute("fund", fund);
        model.addAttribute("pools", FundPages.pools(fund));
        model.addAttribute("form", form);
        return "charity/grant";
    }

    private String paymentForm(FundId fundId, GrantId grantId, PaymentForm form, Model model) {
        records.requireWrite(fundId);
        FundQueries.FundSummary fund = records.fund(fundId);
        FundQueries.GrantView grant = records.grant(fundId, grantId.value())
                .orElseThrow(() -> new ProblemHandler.NotFound("fund " + fundId.value() + " has no grant " + grantId.value()));
        model.addAttribute("fund", fund);
        model.addAttribute("grant", grant);
        model.addAttribute("poolName", FundPages.pools(fund).stream().filter(p -> p.key().equals(grant.pool()))
                .findFirst().map(FundPages.PoolLine::purposeName).orElse(null));
        model.addAttribute("form", form);
        return "charity/payment";
    }

    /** The hidden payment number; a tampered one is sent as 0 for the ledger to refuse. */
    private static int paymentNumber(PaymentForm form) {
        try {
            return Integer.parseInt(form.getId());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
