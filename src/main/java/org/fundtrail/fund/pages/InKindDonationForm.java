package org.fundtrail.fund.pages;

import org.fundtrail.fund.api.ValuationBasis;
import org.springframework.web.multipart.MultipartFile;

import java.util.ArrayList;
import java.util.List;

/** Goods with several item lines; blank lines are ignored, "add a line" shows one more (no script needed). */
public class InKindDonationForm extends DonorForm {

    static final int BLANK_LINES = 3;

    private List<ItemLine> items = new ArrayList<>();
    private ValuationBasis valuationBasis;
    private MultipartFile evidence;

    static InKindDonationForm withBlankLines(String id) {
        InKindDonationForm form = new InKindDonationForm();
        form.setId(id);
        for (int i = 0; i < BLANK_LINES; i++) {
            form.items.add(new ItemLine());
        }
        return form;
    }

    void addLine() {
        items.add(new ItemLine());
    }

    public List<ItemLine> getItems() {
        return items;
    }

    public void setItems(List<ItemLine> items) {
        this.items = items;
    }

    public ValuationBasis getValuationBasis() {
        return valuationBasis;
    }

    public void setValuationBasis(ValuationBasis valuationBasis) {
        this.valuationBasis = valuationBasis;
    }

    /** The invoice, agreement or appraisal the valuation rests on (PDF, JPEG or PNG). */
    public MultipartFile getEvidence() {
        return evidence;
    }

    public void setEvidence(MultipartFile evidence) {
        this.evidence = evidence;
    }

    public static class ItemLine {
        private String description;
        private String quantity;
        private String unit;
        private String unitValue;

        boolean isBlank() {
            return blank(description) && blank(quantity) && blank(unit) && blank(unitValue);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getQuantity() {
            return quantity;
        }

        public void setQuantity(String quantity) {
            this.quantity = quantity;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        /** Yuan per unit as typed. */
        public String getUnitValue() {
            return unitValue;
        }

        public void setUnitValue(String unitValue) {
            this.unitValue = unitValue;
        }
    }
}
