package org.fundtrail.fund.pages;

import org.fundtrail.fund.api.PaymentChannel;

public class CashDonationForm extends DonorForm {

    private PaymentChannel channel = PaymentChannel.WECHAT_PAY;
    private String amount;

    public PaymentChannel getChannel() {
        return channel;
    }

    public void setChannel(PaymentChannel channel) {
        this.channel = channel;
    }

    /** Yuan as typed, e.g. "1234.56". */
    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
