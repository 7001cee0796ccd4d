package org.fundtrail.fund.pages;

import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.evidence.api.EvidenceStore;
import org.fundtrail.fund.Donations;
import org.fundtrail.fund.FundQueries;
import org.fundtrail.fund.FundRecords;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonorKind;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.PaymentChannel;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ValuationBasis;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The forms that record cash and goods given to a fund. */
@PageController
class DonationForms {

    private final Donations donations;
    private final FundRecords records;
    private final EvidenceStore evidence;

    DonationForms(Donations donations, FundRecords records, EvidenceStore evidence) {
        this.donations = donations;
        this.records = records;
        this.evidence = evidence;
    }

    @GetMapping("/app/funds/{fundId}/donations/new")
    String newCash(@PathVariable FundId fundId, Model model) {
        CashDonationForm form = new CashDonationForm();
        form.setId(FormInput.newId("d"));
        return cashForm(fundId, form, model);
    }

    @PostMapping("/app/funds/{fundId}/donations/new")
    String recordCash(@PathVariable FundId fundId, @ModelAttribute("form") CashDonationForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        records.requireWrite(fundId);
        Money amount = FormInput.yuan(errors, "amount", form.getAmount());
        LocalDate date = FormInput.date(errors, "effectiveDate", form.getEffectiveDate());
        if (form.lacksDonorName()) {
            errors.rejectValue("donorName", "charity.form.donorNameRequired");
        }
        if (errors.hasErrors()) {
            return cashForm(fundId, form, model);
        }
        var request = new Donations.CashDonationRequest(DonationId.of(form.getId()), form.donor(), form.getChannel(),
                amount, purpose(form.getPurpose()), date);
        return FormInput.attempt(errors, Map.of(), () -> donations.recordCash(fundId, request).result())
                .map(receipt -> recorded(fundId, "charity.notice.cashRecorded", receipt, redirect))
                .orElseGet(() -> cashForm(fundId, form, model));
    }

    @GetMapping("/app/funds/{fundId}/in-kind-donations/new")
    String newInKind(@PathVariable FundId fundId, Model model) {
        return inKindForm(fundId, InKindDonationForm.withBlankLines(FormInput.newId("k")), model);
    }

    /** "Add a line" re-shows the form with one more blank line and records nothing; "save" records the goods. */
    @PostMapping("/app/funds/{fundId}/in-kind-donations/new")
    String recordInKind(@PathVariable FundId fundId, @ModelAttribute("form") InKindDonationForm form, BindingResult errors,
                        @RequestParam(name = "addLine", required = false) String addLine, Model model,
                        RedirectAttributes redirect) {
        records.requireWrite(fundId);
        CharityId charity = CharityId.of(records.fund(fundId).charityId());
        if (addLine != null) {
            form.addLine();
            return inKindForm(fundId, form, model);
        }
        Map<String, String> fieldOnForm = new HashMap<>(Map.of("evidenceReference", "evidence", "file", "evidence"));
        List<Donations.ItemRequest> items = new ArrayList<>();
        for (int line = 0; line < form.getItems().size(); line++) {
            InKindDonationForm.ItemLine item = form.getItems().get(line);
            if (item.isBlank()) {
                continue;
            }
            String at = "items[" + line + "]";
            BigDecimal quantity = FormInput.quantity(errors, at + ".quantity", item.getQuantity());
            Money unitValue = FormInput.yuan(errors, at + ".unitValue", item.getUnitValue());
            for (String field : new String[]{"description", "quantity", "unit", "unitValue"}) {
                fieldOnForm.put("items[" + items.size() + "]." + field, at + "." + field);
            }
            items.add(new Donations.ItemRequest(item.getDescription(), quantity, item.getUnit(), unitValue));
        }
        LocalDate date = FormInput.date(errors, "effectiveDate", form.getEffectiveDate());
        if (form.lacksDonorName()) {
            errors.rejectValue("donorName", "charity.form.donorNameRequired");
        }
        if (errors.hasErrors()) {
            return inKindForm(fundId, form, model);
        }
        var request = new Donations.InKindDonationRequest(DonationId.of(form.getId()), form.donor(), items,
                form.getValuationBasis(), null, purpose(form.getPurpose()), date);
        return FormInput.attempt(errors, fieldOnForm, () -> donations.recordInKind(fundId, request,
                        () -> evidence.store(EvidenceScope.charity(charity), form.getEvidence()).reference().toString()).result())
                .map(receipt -> recorded(fundId, "charity.notice.inKindRecorded", receipt, redirect))
                .orElseGet(() -> inKindForm(fundId, form, model));
    }

    private String cashForm(FundId fundId, CashDonationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("channels", PaymentChannel.values());
        return donorForm(fundId, model, "charity/cash-donation");
    }

    private String inKindForm(FundId fundId, InKindDonationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("valuationBases", ValuationBasis.values());
        return donorForm(fundId, model, "charity/in-kind-donation");
    }

    private String donorForm(FundId fundId, Model model, String view) {
        records.requireWrite(fundId);
        FundQueries.FundSummary fund = records.fund(fundId);
        model.addAttribute("fund", fund);
        model.addAttribute("donorKinds", DonorKind.values());
        return view;
    }

    private static String recorded(FundId fundId, String key, Donations.DonationReceipt receipt, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(key, receipt.receiptNumber(), receipt.id()));
        return "redirect:/app/funds/" + fundId.value();
    }

    private static PurposeCode purpose(String code) {
        return code == null || code.isBlank() ? null : PurposeCode.of(code);
    }
}
