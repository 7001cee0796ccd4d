package org.fundtrail.transparency.check;

import org.fundtrail.money.Money;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/public/donations/check?receipt=...&amount=...}: the check of one's own donation as JSON, no login. */
@RestController
class DonationCheckController {

    /** Where the key that signed the root is published, and where the offline check is described. */
    static final String PUBLIC_KEY = "/api/public/integrity/public-key";
    static final String PROCEDURE = "docs/integrity.md, section 6: Checking an inclusion proof offline";

    record Answer(CheckedDonation donation, String publicKey, String verification) {
    }

    private final DonationCheck check;

    DonationCheckController(DonationCheck check) {
        this.check = check;
    }

    @GetMapping("/api/public/donations/check")
    ResponseEntity<?> check(@RequestParam String receipt, @RequestParam String amount) {
        Money parsed;
        try {
            parsed = Money.parse(amount);
        } catch (IllegalArgumentException e) {
            return refusal(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return check.check(receipt, parsed)
                .<ResponseEntity<?>>map(donation -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(new Answer(donation, PUBLIC_KEY, PROCEDURE)))
                .orElseGet(() -> refusal(HttpStatus.NOT_FOUND,
                        "no donation with this receipt number and this amount"));
    }

    private static ResponseEntity<ProblemDetail> refusal(HttpStatus status, String detail) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
