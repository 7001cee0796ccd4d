package org.fundtrail.fund.receipt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fundtrail.fund.DonationReceipts.Kind;
import org.fundtrail.fund.DonationReceipts.ReceiptFacts;
import org.fundtrail.fund.DonationReceipts.Voided;
import org.fundtrail.fund.api.InKindItem;
import org.fundtrail.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt as a reader of the PDF gets it: the text extracted back, in the font shipped in the jar. */
class ReceiptPdfTest {

    static final String CREDIT_CODE = "53120000MJ0123456X";

    private final ReceiptPdf pdf = new ReceiptPdf(new ReceiptFont(), messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/charity");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static ReceiptFacts cash(boolean anonymous, String donorName, Voided voided) {
        return new ReceiptFacts("charity-a-2026-000007", "d-1", Kind.CASH, anonymous, donorName, "INDIVIDUAL",
                Money.parse("1234.56"), "WECHAT_PAY", List.of(), null, "助老", LocalDate.of(2026, 11, 20),
                "友谊路街道社区基金", "天津市河西区慈善协会", CREDIT_CODE, voided);
    }

    @Test
    void aCashReceiptStatesDonorAmountInFiguresAndCapitalsPurposeDateNumberAndCharity() throws IOException {
        String text = textOf(pdf.render(cash(false, "张三丰", null)));

        assertThat(text).contains("捐赠票据", "张三丰", "1,234.56", "壹仟贰佰叁拾肆元伍角陆分", "2026年11月20日",
                "charity-a-2026-000007", "天津市河西区慈善协会", CREDIT_CODE, "限定用途：助老", "微信支付");
        assertThat(text).doesNotContain("作废", "VOID");
    }

    @Test
    void anAnonymousDonorIsNeverNamed() throws IOException {
        String text = textOf(pdf.render(cash(true, null, null)));

        assertThat(text).contains("匿名").doesNotContain("张三丰");
    }

    @Test
    void aReversedDonationsReceiptIsMarkedVoidWithTheDateAndReason() throws IOException {
        String text = textOf(sample("receipt-void", pdf.render(cash(false, "张三丰", new Voided(LocalDate.of(2026, 11, 22), "银行退票")))));

        assertThat(text).contains("作废", "VOID", "2026年11月22日", "银行退票", "壹仟贰佰叁拾肆元伍角陆分");
    }

    @Test
    void anInKindReceiptListsTheGoodsWithQuantitiesAndValues() throws IOException {
        List<InKindItem> items = List.of(
                new InKindItem(1, "大米", new BigDecimal("100"), "袋", Money.parse("45.50"), Money.parse("4550.00")),
                new InKindItem(2, "食用油", new BigDecimal("3"), "桶", Money.parse("33.33"), Money.parse("99.99")));
        ReceiptFacts goods = new ReceiptFacts("charity-a-2026-000008", "k-1", Kind.IN_KIND, false, "某超市有限公司",
                "COMPANY", Money.parse("4649.99"), null, items, "INVOICE", null, LocalDate.of(2026, 11, 21),
                "友谊路街道社区基金", "天津市河西区慈善协会", CREDIT_CODE, null);

        String text = textOf(sample("receipt-in-kind", pdf.render(goods)));

        assertThat(text).contains("某超市有限公司", "大米", "100", "袋", "45.50", "4,550.00", "食用油", "桶", "33.33",
                "99.99", "4,649.99", "肆仟陆佰肆拾玖元玖角玖分", "发票金额", "非限定性");
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoReceiptsStaySmall() throws IOException {
        byte[] bytes = pdf.render(cash(false, "张三丰", null));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
        assertThat(bytes.length).as("a receipt embeds only the glyphs it uses").isLessThan(200_000);
    }

    @Test
    void aCharacterOutsideTheFontIsReportedNotDroppedUnseen() {
        com.lowagie.text.pdf.BaseFont font = new ReceiptFont().newInstance();

        assertThat(ReceiptFont.checkCovered(font, "张三丰 壹仟元", "R-1")).isTrue();
        assertThat(ReceiptFont.checkCovered(font, "王喆", "R-2")).as("喆 is not in GB 2312").isFalse();
    }

    /** Keeps a rendered receipt under target/receipts/ for a person to look at. */
    private static byte[] sample(String name, byte[] bytes) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "receipts");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name + ".pdf"), bytes);
        return bytes;
    }

    static String textOf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
