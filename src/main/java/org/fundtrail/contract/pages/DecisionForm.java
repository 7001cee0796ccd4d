package org.fundtrail.contract.pages;

/**
 * The small forms of an officer's actions on a contract (propose a tranche, accept or reject an expenditure): the
 * request id made when the form was shown, and the reason where one is required.
 */
public class DecisionForm {

    private String formId;
    private String reason;

    public String getFormId() {
        return formId;
    }

    public void setFormId(String formId) {
        this.formId = formId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
