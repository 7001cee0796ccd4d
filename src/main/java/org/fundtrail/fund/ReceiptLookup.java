package org.fundtrail.fund;

import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationReceipts;
import org.fundtrail.fund.api.ReceiptNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link DonationReceipts} from the fund read model, over every charity's funds. */
@Component
class ReceiptLookup implements DonationReceipts {

    private final JdbcClient jdbc;

    ReceiptLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DonationId> donationWithReceipt(ReceiptNumber number) {
        return jdbc.sql("SELECT donation_id FROM donation_view WHERE receipt_number = ?")
                .param(number.value()).query(String.class).optional().map(DonationId::new);
    }
}
