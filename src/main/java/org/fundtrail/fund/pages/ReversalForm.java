package org.fundtrail.fund.pages;

public class ReversalForm extends DatedForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
