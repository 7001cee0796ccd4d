package org.fundtrail.fund.pages;

/**
 * A form that creates or does something once: the hidden id (made when the form is shown, sent again on a resubmit,
 * so the write is recorded once) and the business date, blank for today. Values are kept as typed, so a refused form
 * shows exactly what the user entered.
 */
public abstract class DatedForm {

    private String id;
    private String effectiveDate;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(String effectiveDate) {
        this.effectiveDate = effectiveDate;
    }
}
