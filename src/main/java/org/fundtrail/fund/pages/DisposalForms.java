package org.fundtrail.fund.pages;

import org.fundtrail.fund.Donations;
import org.fundtrail.fund.FundQueries;
import org.fundtrail.fund.FundRecords;
import org.fundtrail.fund.api.Disposal;
import org.fundtrail.fund.api.DisposalId;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.FundId;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Giving donated goods to beneficiaries or selling them, one item line at a time. */
@PageController
class DisposalForms {

    private final Donations donations;
    private final FundRecords records;

    DisposalForms(Donations donations, FundRecords records) {
        this.donations = donations;
        this.records = records;
    }

    @GetMapping("/app/funds/{fundId}/in-kind-donations/{donationId}/disposals/new")
    String newDisposal(@PathVariable FundId fundId, @PathVariable DonationId donationId, Model model) {
        DisposalForm form = new DisposalForm();
        form.setId(FormInput.newId("s"));
        return disposalForm(fundId, donationId, form, model);
    }

    @PostMapping("/app/funds/{fundId}/in-kind-donations/{donationId}/disposals/new")
    String dispose(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                   @ModelAttribute("form") DisposalForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        records.requireWrite(fundId);
        BigDecimal quantity = FormInput.quantity(errors, "quantity", form.getQuantity());
        Money proceeds = form.getDisposal() == Disposal.SOLD ? FormInput.yuan(errors, "proceeds", form.getProceeds())
                : FormInput.optionalYuan(errors, "proceeds", form.getProceeds());
        LocalDate date = FormInput.date(errors, "effectiveDate", form.getEffectiveDate());
        if (form.getLine() == null) {
            errors.rejectValue("line", "form.required");
        }
        if (errors.hasErrors()) {
            return disposalForm(fundId, donationId, form, model);
        }
        var request = new Donations.DisposalRequest(DisposalId.of(form.getId()), form.getLine(), quantity,
                form.getDisposal(), proceeds, form.getRecipient(), date);
        return FormInput.attempt(errors, Map.of("disposalId", "line"), () -> donations.dispose(fundId, donationId, request))
                .map(done -> {
                    redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("charity.notice.disposed." + form.getDisposal()));
                    return "redirect:/app/funds/" + fundId.value();
                })
                .orElseGet(() -> disposalForm(fundId, donationId, form, model));
    }

    private String disposalForm(FundId fundId, DonationId donationId, DisposalForm form, Model model) {
        records.requireWrite(fundId);
        FundQueries.DonationView donation = records.donation(fundId, donationId)
                .filter(d -> "IN_KIND".equals(d.kind()))
                .orElseThrow(() -> new ProblemHandler.NotFound("fund " + fundId.value() + " has no goods " + donationId.value()));
        model.addAttribute("fund", records.fund(fundId));
        model.addAttribute("donation", donation);
        model.addAttribute("items", records.items(fundId, donationId));
        model.addAttribute("dispositions", Disposal.values());
        model.addAttribute("form", form);
        return "charity/disposal";
    }
}
