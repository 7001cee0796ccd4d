package org.fundtrail.fund.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The charity's donation receipt number (捐赠票据号), issued in sequence per charity and year. */
public record ReceiptNumber(@JsonValue String value) {

    @JsonCreator
    public static ReceiptNumber of(String value) {
        return new ReceiptNumber(value);
    }

    public static ReceiptNumber format(String charity, int year, long sequence) {
        return new ReceiptNumber("%s-%d-%06d".formatted(charity, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
