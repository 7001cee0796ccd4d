package org.fundtrail.fund.receipt;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The font receipts are set in, shipped in the jar so that a receipt renders the same on any JDK with no fonts
 * installed: Noto Sans CJK SC cut to GB 2312 plus ASCII and punctuation (deploy/fonts/make-receipt-font.sh), embedded
 * as a subset of the glyphs each receipt uses. A character outside it (a rare name character) cannot be drawn: it is
 * logged as a warning naming the receipt, so that someone can issue that receipt by hand, rather than dropped unseen.
 */
@Component
class ReceiptFont {

    static final String RESOURCE = "fonts/FundtrailReceiptSans-Regular.ttf";
    private static final Logger log = LoggerFactory.getLogger(ReceiptFont.class);

    private final byte[] bytes;

    ReceiptFont() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt font " + RESOURCE + " is missing from the jar", e);
        }
    }

    /**
     * A fresh font for one document: OpenPDF records which glyphs a document used in the font object itself, so
     * documents rendered at the same time must not share one.
     */
    BaseFont newInstance() {
        try {
            return BaseFont.createFont(RESOURCE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot load the receipt font", e);
        }
    }

    /** Warns about every character of {@code text} the font has no glyph for; answers whether all are there. */
    static boolean checkCovered(BaseFont font, String text, String receiptNumber) {
        String missing = text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !font.charExists(c))
                .distinct()
                .mapToObj(c -> new String(Character.toChars(c)) + " (U+" + Integer.toHexString(c).toUpperCase() + ")")
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            log.warn("receipt {}: the receipt font has no glyph for {}; these characters print as blanks, issue this receipt by hand",
                    receiptNumber, missing);
            return false;
        }
        return true;
    }
}
