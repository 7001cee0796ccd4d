package org.fundtrail.fund;

import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.DonationReceipts;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.Pool;
import org.fundtrail.fund.api.PurposeCode;
import org.fundtrail.fund.api.ReceiptNumber;
import org.fundtrail.money.Money;
import org.fundtrail.organisation.api.CharityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * {@link DonationReceipts} from the fund read model, over every charity's funds (receipt numbers are indexed:
 * V14). The donor table is never read here.
 */
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

    @Override
    public Optional<ReceiptedDonation> byReceipt(ReceiptNumber number) {
        return jdbc.sql("""
                        SELECT d.donation_id, d.fund_id, f.name, f.charity_id, d.kind, d.amount, d.purpose,
                               d.effective_date, d.reversed, p.name
                          FROM donation_view d JOIN fund_view f ON f.fund_id = d.fund_id
                          LEFT JOIN fund_view_purpose p ON p.fund_id = d.fund_id AND p.purpose = d.purpose
                         WHERE d.receipt_number = ?""")
                .param(number.value())
                .query((rs, n) -> new ReceiptedDonation(DonationId.of(rs.getString(1)), number,
                        FundId.of(rs.getString(2)), rs.getString(3), CharityId.of(rs.getString(4)),
                        "IN_KIND".equals(rs.getString(5)), Money.ofFen(rs.getLong(6)),
                        Pool.of(rs.getString(7) == null ? null : PurposeCode.of(rs.getString(7))),
                        rs.getString(10), rs.getDate(8).toLocalDate(), rs.getBoolean(9)))
                .optional();
    }
}
