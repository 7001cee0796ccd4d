package org.fundtrail.fund.receipt;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.GrayColor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fundtrail.fund.DonationReceipts.ReceiptFacts;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.money.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Sets a donation receipt (捐赠票据) as a one-page A5 PDF with what 《慈善法》第38条 asks of it: the donor (or 匿名), the
 * amount in figures and in capitals, the goods and their value, the date, the receipt number, and the receiving
 * charity with its 统一社会信用代码; the restricted purpose when there is one. Labels are Chinese with an English
 * gloss. A reversed donation's receipt is stamped 作废 / VOID with the date and reason of the reversal.
 */
@Component
class ReceiptPdf {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color VOID_RED = new Color(0xB3, 0x26, 0x1E);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x75);

    private final ReceiptFont receiptFont;
    private final MessageSource messages;

    ReceiptPdf(ReceiptFont receiptFont, MessageSource messages) {
        this.receiptFont = receiptFont;
        this.messages = messages;
    }

    byte[] render(ReceiptFacts receipt) {
        BaseFont base = receiptFont.newInstance();
        Fonts fonts = new Fonts(base);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), 36, 36, 30, 30);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(zh("charity.receipt.title") + " " + receipt.receiptNumber());
            document.addCreator("Fundtrail");
            document.open();
            title(document, fonts, receipt);
            document.add(facts(fonts, receipt));
            if (!receipt.items().isEmpty()) {
                document.add(items(fonts, receipt));
            }
            Paragraph footer = new Paragraph(zh("charity.receipt.footer"), fonts.small);
            footer.setSpacingBefore(8);
            document.add(footer);
            if (receipt.voided() != null) {
                stampVoid(writer.getDirectContent(), base, document.getPageSize());
            }
            ReceiptFont.checkCovered(base, everyText(receipt), receipt.receiptNumber());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot set receipt " + receipt.receiptNumber(), e);
        }
        return out.toByteArray();
    }

    private void title(Document document, Fonts fonts, ReceiptFacts receipt) throws DocumentException {
        Paragraph title = new Paragraph();
        title.setAlignment(Element.ALIGN_CENTER);
        title.add(new Chunk(zh("charity.receipt.title"), fonts.title));
        title.add(new Chunk("  " + en("charity.receipt.title"), fonts.gloss));
        document.add(title);
        if (receipt.voided() != null) {
            Paragraph voided = new Paragraph(zh("charity.receipt.void") + " / " + en("charity.receipt.void") + "  "
                    + zh("charity.receipt.voidedOn") + " " + date(receipt.voided().on()) + "  "
                    + zh("charity.receipt.voidReason") + "：" + receipt.voided().reason(), fonts.voidNote);
            voided.setAlignment(Element.ALIGN_CENTER);
            document.add(voided);
        }
        Paragraph number = new Paragraph(label(fonts, "charity.receipt.number"));
        number.add(new Chunk("  " + receipt.receiptNumber(), fonts.value));
        number.setAlignment(Element.ALIGN_RIGHT);
        number.setSpacingAfter(6);
        document.add(number);
    }

    private PdfPTable facts(Fonts fonts, ReceiptFacts receipt) {
        PdfPTable table = new PdfPTable(new float[]{1.3f, 3.2f, 1.3f, 2.2f});
        table.setWidthPercentage(100);
        row(table, fonts, "charity.receipt.donor", donor(receipt), "charity.receipt.date", date(receipt.donatedOn()));
        row(table, fonts, "charity.receipt.recipient", receipt.charityName(), "charity.receipt.creditCode",
                receipt.charityCreditCode());
        row(table, fonts, "charity.receipt.fund", receipt.fundName(), "charity.receipt.kind",
                zh("charity.receipt.kind." + receipt.kind()) + (receipt.channel() == null ? ""
                        : "（" + zh("charity.channel." + receipt.channel()) + "）"));
        row(table, fonts, "charity.receipt.amount", "￥" + figures(receipt.amount()), "charity.receipt.purpose",
                receipt.purposeName() == null ? zh("charity.receipt.unrestricted")
                        : zh("charity.receipt.restricted") + "：" + receipt.purposeName());
        table.addCell(cell(label(fonts, "charity.receipt.amountInWords")));
        PdfPCell words = cell(new Phrase(CapitalAmount.of(receipt.amount()), fonts.value));
        words.setColspan(3);
        table.addCell(words);
        return table;
    }

    private PdfPTable items(Fonts fonts, ReceiptFacts receipt) {
        PdfPTable table = new PdfPTable(new float[]{0.5f, 3.2f, 1f, 0.8f, 1.4f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        PdfPCell heading = cell(new Phrase(zh("charity.receipt.items") + "（" + zh("charity.receipt.valuationBasis") + "："
                + zh("charity.valuation." + receipt.valuationBasis()) + "）", fonts.value));
        heading.setColspan(6);
        table.addCell(heading);
        for (String column : new String[]{"line", "description", "quantity", "unit", "unitValue", "value"}) {
            table.addCell(cell(label(fonts, "charity.item." + column)));
        }
        for (InKindItem item : receipt.items()) {
            table.addCell(cell(new Phrase(String.valueOf(item.line()), fonts.value)));
            table.addCell(cell(new Phrase(item.description(), fonts.value)));
            table.addCell(number(new Phrase(quantity(item.quantity()), fonts.value)));
            table.addCell(cell(new Phrase(item.unit(), fonts.value)));
            table.addCell(number(new Phrase(figures(item.unitValue()), fonts.value)));
            table.addCell(number(new Phrase(figures(item.value()), fonts.value)));
        }
        PdfPCell total = cell(label(fonts, "charity.receipt.total"));
        total.setColspan(5);
        table.addCell(total);
        table.addCell(number(new Phrase(figures(receipt.amount()), fonts.value)));
        return table;
    }

    /** A large, light, diagonal 作废 VOID across the page, drawn over the content so it cannot be cropped away. */
    private static void stampVoid(PdfContentByte canvas, BaseFont base, Rectangle page) {
        canvas.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.25f);
        canvas.setGState(translucent);
        Font stamp = new Font(base, 90, Font.BOLD, VOID_RED);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase("作废 VOID", stamp),
                page.getWidth() / 2, page.getHeight() / 2 - 30, 25);
        canvas.restoreState();
    }

    private void row(PdfPTable table, Fonts fonts, String key1, String value1, String key2, String value2) {
        table.addCell(cell(label(fonts, key1)));
        table.addCell(cell(new Phrase(value1, fonts.value)));
        table.addCell(cell(label(fonts, key2)));
        table.addCell(cell(new Phrase(value2, fonts.value)));
    }

    private Phrase label(Fonts fonts, String key) {
        Phrase label = new Phrase(zh(key), fonts.label);
        label.add(new Chunk("\n" + en(key), fonts.gloss));
        return label;
    }

    private static PdfPCell cell(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(4);
        cell.setBorderColor(GrayColor.GRAYBLACK);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static PdfPCell number(Phrase content) {
        PdfPCell cell = cell(content);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String donor(ReceiptFacts receipt) {
        if (receipt.anonymous()) {
            return zh("charity.receipt.anonymous") + " / " + en("charity.receipt.anonymous");
        }
        return receipt.donorName() == null ? zh("charity.receipt.nameErased") : receipt.donorName();
    }

    /** Everything the receipt prints that came from people rather than from this class. */
    private static String everyText(ReceiptFacts receipt) {
        StringBuilder text = new StringBuilder();
        Stream.of(receipt.donorName(), receipt.charityName(), receipt.fundName(), receipt.purposeName(),
                        receipt.receiptNumber(), receipt.voided() == null ? null : receipt.voided().reason())
                .filter(Objects::nonNull).forEach(text::append);
        receipt.items().forEach(item -> text.append(item.description()).append(item.unit()));
        return text.toString();
    }

    static String figures(Money amount) {
        return new DecimalFormat("#,##0.00").format(amount.toYuan());
    }

    private static String quantity(BigDecimal quantity) {
        BigDecimal plain = quantity.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String date(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    private String zh(String key) {
        return messages.getMessage(key, null, ZH);
    }

    private String en(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static final class Fonts {
        final Font title;
        final Font label;
        final Font gloss;
        final Font value;
        final Font small;
        final Font voidNote;

        Fonts(BaseFont base) {
            title = new Font(base, 20, Font.BOLD);
            label = new Font(base, 9, Font.NORMAL, MUTED);
            gloss = new Font(base, 6.5f, Font.NORMAL, MUTED);
            value = new Font(base, 10.5f);
            small = new Font(base, 7.5f, Font.NORMAL, MUTED);
            voidNote = new Font(base, 11, Font.BOLD, VOID_RED);
        }
    }
}
