package org.fundtrail.fund.pages;

public class GrantForm extends DatedForm {

    private String granteeCreditCode;
    private String granteeName;
    private String project;
    private String pool = "unrestricted";
    private String amount;

    public String getGranteeCreditCode() {
        return granteeCreditCode;
    }

    public void setGranteeCreditCode(String granteeCreditCode) {
        this.granteeCreditCode = granteeCreditCode;
    }

    public String getGranteeName() {
        return granteeName;
    }

    public void setGranteeName(String granteeName) {
        this.granteeName = granteeName;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getPool() {
        return pool;
    }

    public void setPool(String pool) {
        this.pool = pool;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
