package org.fundtrail.fund.pages;

import org.fundtrail.fund.api.Disposal;

public class DisposalForm extends DatedForm {

    private Integer line;
    private String quantity;
    private Disposal disposal = Disposal.DISTRIBUTED;
    private String proceeds;
    private String recipient;

    public Integer getLine() {
        return line;
    }

    public void setLine(Integer line) {
        this.line = line;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public Disposal getDisposal() {
        return disposal;
    }

    public void setDisposal(Disposal disposal) {
        this.disposal = disposal;
    }

    /** Yuan a sale brought, blank for goods given away. */
    public String getProceeds() {
        return proceeds;
    }

    public void setProceeds(String proceeds) {
        this.proceeds = proceeds;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
