package org.fundtrail.fund.pages;

/** A grant payment; its hidden id is the payment's number, which is what the API's idempotency rests on. */
public class PaymentForm extends DatedForm {

    private String amount;

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
