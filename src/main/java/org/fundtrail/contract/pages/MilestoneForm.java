package org.fundtrail.contract.pages;

import org.fundtrail.contract.api.Milestone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import java.time.LocalDate;

/**
 * The form an officer records an evaluation with: which one, its outcome, its date and the report (a file, required).
 * {@code formId} is made when the form is shown and names the request, so a form sent twice records once.
 */
public class MilestoneForm {

    private String formId;
    private Milestone milestone;
    private Boolean passed;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private MultipartFile report;

    public String getFormId() {
        return formId;
    }

    public void setFormId(String formId) {
        this.formId = formId;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public void setMilestone(Milestone milestone) {
        this.milestone = milestone;
    }

    public Boolean getPassed() {
        return passed;
    }

    public void setPassed(Boolean passed) {
        this.passed = passed;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public MultipartFile getReport() {
        return report;
    }

    public void setReport(MultipartFile report) {
        this.report = report;
    }
}
