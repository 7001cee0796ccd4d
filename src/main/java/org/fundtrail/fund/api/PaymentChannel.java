package org.fundtrail.fund.api;

/** How cash reached the fund; each channel is a source account in the journal ({@code donors:wechat-pay}). */
public enum PaymentChannel {
    BANK("bank"), WECHAT_PAY("wechat-pay"), ALIPAY("alipay"), CASH("cash");

    private final String account;

    PaymentChannel(String account) {
        this.account = account;
    }

    public String accountSegment() {
        return account;
    }
}
