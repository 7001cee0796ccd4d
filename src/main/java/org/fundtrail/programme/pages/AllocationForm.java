package org.fundtrail.programme.pages;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form an officer proposes an allocation with. {@code allocationId} is made when the form is shown and names
 * the request, so a form sent twice records one allocation. Amounts stay text until parsed to the fen.
 */
public class AllocationForm {

    private String allocationId;
    private String fromHolder;
    private String toHolder;
    private String toHolderName;
    private String amount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;

    public String getAllocationId() {
        return allocationId;
    }

    public void setAllocationId(String allocationId) {
        this.allocationId = allocationId;
    }

    public String getFromHolder() {
        return fromHolder;
    }

    public void setFromHolder(String fromHolder) {
        this.fromHolder = fromHolder;
    }

    public String getToHolder() {
        return toHolder;
    }

    public void setToHolder(String toHolder) {
        this.toHolder = toHolder;
    }

    public String getToHolderName() {
        return toHolderName;
    }

    public void setToHolderName(String toHolderName) {
        this.toHolderName = toHolderName;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }
}
