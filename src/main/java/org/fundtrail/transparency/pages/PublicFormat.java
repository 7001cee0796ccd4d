package org.fundtrail.transparency.pages;

import org.fundtrail.money.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the public pages write amounts and dates ({@code ${@publicFormat.yuan(x)}}): yuan with two decimals and
 * thousands separators (1,234.56), dates as 2026年3月1日 in Chinese and 2026-03-01 in English.
 */
@Component("publicFormat")
public class PublicFormat {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public String yuan(Money amount) {
        if (amount == null) {
            return "";
        }
        // DecimalFormat is not thread-safe: one per call is cheap next to rendering a page
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.toYuan());
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return "zh".equals(LocaleContextHolder.getLocale().getLanguage()) ? CHINESE_DATE.format(date)
                : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
