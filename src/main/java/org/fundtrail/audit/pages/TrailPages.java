package org.fundtrail.audit.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.fundtrail.audit.trail.Trails;
import org.fundtrail.fund.api.DonationReceipts;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * The trail explorer: from any record (a donation or its receipt, a contract, an appropriation, an event) where its
 * money came from and where it went, node by node to the fen, each node a link to the trail of what it names. The
 * trails are {@link Trails}', the same as {@code /api/audit/trails/**}.
 */
@PageController
@RequestMapping("/app/audit/trails")
class TrailPages {

    private final Trails trails;
    private final DonationReceipts receipts;

    TrailPages(Trails trails, DonationReceipts receipts) {
        this.trails = trails;
        this.receipts = receipts;
    }

    @GetMapping
    String trail(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
                 @RequestParam(required = false) String programme, Model model, HttpServletResponse response) {
        TrailKind chosen = TrailKind.of(kind).orElse(TrailKind.DONATION);
        String wanted = id == null ? "" : id.trim();
        String programmeId = programme == null ? "" : programme.trim();
        model.addAttribute("kinds", TrailKind.values());
        model.addAttribute("kind", chosen);
        model.addAttribute("id", wanted);
        model.addAttribute("programme", programmeId);
        if (wanted.isEmpty()) {
            return "audit/trail";
        }
        boolean found = switch (chosen) {
            case EVENT -> trails.ofEvent(wanted).map(event -> {
                model.addAttribute("event", event);
                model.addAttribute("stream", trails.streamOf(wanted).orElse(null));
                return true;
            }).orElse(false);
            case DONATION -> subject(trails.ofDonation(wanted), model);
            case RECEIPT -> receipts.donationWithReceipt(ReceiptNumber.of(wanted))
                    .map(donation -> subject(trails.ofDonation(donation.value()), model)).orElse(false);
            case CONTRACT -> subject(trails.ofContract(wanted), model);
            case APPROPRIATION -> !programmeId.isEmpty() && subject(trails.ofAppropriation(programmeId, wanted), model);
        };
        if (!found) {
            model.addAttribute("notFound", true);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "audit/trail";
    }

    private static boolean subject(Optional<Trails.SubjectTrail> trail, Model model) {
        trail.ifPresent(t -> model.addAttribute("subject", t));
        return trail.isPresent();
    }
}
