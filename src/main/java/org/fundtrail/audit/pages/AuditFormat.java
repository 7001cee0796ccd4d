package org.fundtrail.audit.pages;

import org.fundtrail.money.Money;
import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * How the auditor's pages write and read money and times ({@code @auditFormat} in the templates): yuan with two
 * decimals and thousands separators, straight from the fen; recording times in Beijing time, to the second.
 */
@Component("auditFormat")
public class AuditFormat {

    /** The recording clock is shown and typed in Beijing time, as the finance offices keep it. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** "2026-11-27 10:15", "2026-11-27 10:15:30" or with a T, as a datetime-local field sends it. */
    private static final DateTimeFormatter TYPED = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd").optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ROOT);

    /** "1,234.50": exact, from the decimal of the fen (never a binary floating point number). */
    public String yuan(Money money) {
        if (money == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(money.toYuan());
    }

    /** "2026-11-27 18:15:30", Beijing time. */
    public String beijing(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(BEIJING));
    }

    /** The same for an instant written as ISO text (a signed root's publication time). */
    public String beijing(String isoInstant) {
        return isoInstant == null ? "" : beijing(Instant.parse(isoInstant));
    }

    /** What a datetime-local field shows for an instant: "2026-11-27T18:15:30" in Beijing time. */
    public String typed(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atZone(BEIJING).withNano(0).toLocalDateTime());
    }

    /**
     * A recording time as typed on a form: a Beijing local time ({@code 2026-11-27 18:15[:30]}, with a space or a T),
     * or an ISO instant or date-time with an offset; null when blank.
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static Instant parseKnownAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return LocalDateTime.parse(trimmed, TYPED).atZone(BEIJING).toInstant();
        } catch (DateTimeException notLocal) {
            try {
                return Instant.parse(trimmed);
            } catch (DateTimeException notAnInstant) {
                try {
                    return java.time.OffsetDateTime.parse(trimmed).toInstant();
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("not a recording time: '" + text + "'");
                }
            }
        }
    }
}
