package org.fundtrail.fund.pages;

import org.fundtrail.fund.Donations;
import org.fundtrail.fund.FundQueries;
import org.fundtrail.fund.FundRecords;
import org.fundtrail.fund.Recorded;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.infra.ProblemHandler;
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

/**
 * Reversing a donation recorded in error, cash or goods: a correcting entry with a reason; the original and its
 * receipt stay, the receipt marked void. Each form is one request: sent twice, it reverses once; a new form for a
 * donation already reversed is refused by the ledger, next to the reason.
 */
@PageController
class ReversalForms {

    private static final Map<String, String> FIELDS = Map.of("donationId", "reason");

    private final Donations donations;
    private final FundRecords records;

    ReversalForms(Donations donations, FundRecords records) {
        this.donations = donations;
        this.records = records;
    }

    @GetMapping("/app/funds/{fundId}/donations/{donationId}/reversal")
    String newReversal(@PathVariable FundId fundId, @PathVariable DonationId donationId, Model model) {
        ReversalForm form = new ReversalForm();
        form.setId(FormInput.newId("r"));
        return reversalForm(fundId, donationId, form, model);
    }

    @PostMapping("/app/funds/{fundId}/donations/{donationId}/reversal")
    String reverse(@PathVariable FundId fundId, @PathVariable DonationId donationId,
                   @ModelAttribute("form") ReversalForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        FundQueries.DonationView donation = donation(fundId, donationId);
        LocalDate date = FormInput.date(errors, "effectiveDate", form.getEffectiveDate());
        if (errors.hasErrors()) {
            return reversalForm(fundId, donationId, form, model);
        }
        var request = new Donations.ReversalRequest(form.getReason(), date);
        String key = Donations.reversalKey(donationId) + ":" + form.getId();
        return FormInput.attempt(errors, FIELDS, () -> "IN_KIND".equals(donation.kind())
                        ? donations.reverseInKind(fundId, donationId, request, key)
                        : donations.reverseCash(fundId, donationId, request, key))
                .map(Recorded::result)
                .map(done -> {
                    redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("charity.notice.reversed",
                            donation.receiptNumber(), donation.id()));
                    return "redirect:/app/funds/" + fundId.value();
                })
                .orElseGet(() -> reversalForm(fundId, donationId, form, model));
    }

    private String reversalForm(FundId fundId, DonationId donationId, ReversalForm form, Model model) {
        records.requireWrite(fundId);
        model.addAttribute("fund", records.fund(fundId));
        model.addAttribute("donation", donation(fundId, donationId));
        model.addAttribute("form", form);
        return "charity/reversal";
    }

    private FundQueries.DonationView donation(FundId fundId, DonationId donationId) {
        records.requireWrite(fundId);
        return records.donation(fundId, donationId)
                .orElseThrow(() -> new ProblemHandler.NotFound("fund " + fundId.value() + " has no donation " + donationId.value()));
    }
}
