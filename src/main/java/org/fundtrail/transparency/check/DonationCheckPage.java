package org.fundtrail.transparency.check;

import org.fundtrail.money.Money;
import org.fundtrail.web.PageController;
import org.springframework.http.CacheControl;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /public/check}: the donor types the receipt number and the amount and sees their gift and its proof. A GET
 * form, because the public side takes no writes; the answer is not cached anywhere.
 */
@PageController
class DonationCheckPage {

    private final DonationCheck check;

    DonationCheckPage(DonationCheck check) {
        this.check = check;
    }

    @GetMapping("/public/check")
    String page(@RequestParam(required = false) String receipt, @RequestParam(required = false) String amount,
                Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("receipt", receipt == null ? "" : receipt);
        model.addAttribute("amount", amount == null ? "" : amount);
        model.addAttribute("publicKey", DonationCheckController.PUBLIC_KEY);
        if (receipt == null && amount == null) {
            return "check/donation";
        }
        boolean receiptMissing = receipt == null || receipt.isBlank();
        String amountError = amountError(amount);
        model.addAttribute("receiptMissing", receiptMissing);
        model.addAttribute("amountError", amountError);
        if (!receiptMissing && amountError == null) {
            check.check(receipt, Money.parse(amount)).ifPresentOrElse(
                    donation -> model.addAttribute("donation", donation),
                    () -> model.addAttribute("notFound", true));
        }
        return "check/donation";
    }

    /** The message key of what is wrong with the typed amount, or null. */
    private static String amountError(String amount) {
        if (amount == null || amount.isBlank()) {
            return "check.amount.required";
        }
        try {
            return Money.parse(amount).isPositive() ? null : "check.amount.invalid";
        } catch (IllegalArgumentException e) {
            return "check.amount.invalid";
        }
    }
}
