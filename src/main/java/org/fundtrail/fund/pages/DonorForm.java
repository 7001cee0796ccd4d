package org.fundtrail.fund.pages;

import org.fundtrail.fund.Donations;
import org.fundtrail.fund.api.DonorKind;

/** The donor's part of a donation form, shared by the cash and the in-kind form. */
public abstract class DonorForm extends DatedForm {

    private DonorKind donorKind = DonorKind.INDIVIDUAL;
    private String donorName;
    private String donorContact;
    private boolean anonymous;
    private boolean consentToPublishName;
    private String purpose;

    Donations.Donor donor() {
        return new Donations.Donor(donorKind, donorName, donorContact, anonymous, consentToPublishName);
    }

    /** A receipt names its donor: a name is needed unless the donor gives anonymously. */
    boolean lacksDonorName() {
        return !anonymous && (donorName == null || donorName.isBlank());
    }

    public DonorKind getDonorKind() {
        return donorKind;
    }

    public void setDonorKind(DonorKind donorKind) {
        this.donorKind = donorKind;
    }

    public String getDonorName() {
        return donorName;
    }

    public void setDonorName(String donorName) {
        this.donorName = donorName;
    }

    public String getDonorContact() {
        return donorContact;
    }

    public void setDonorContact(String donorContact) {
        this.donorContact = donorContact;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isConsentToPublishName() {
        return consentToPublishName;
    }

    public void setConsentToPublishName(boolean consentToPublishName) {
        this.consentToPublishName = consentToPublishName;
    }

    /** A purpose code of the fund, or blank for an unrestricted gift. */
    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
