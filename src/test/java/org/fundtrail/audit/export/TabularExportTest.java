package org.fundtrail.audit.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.fundtrail.money.Money;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two renderers on rows in memory: what every export (journal, trial balance, trail, exceptions) relies on. */
class TabularExportTest {

    record Item(String name, long number, Money amount, LocalDate date, Instant at) {
    }

    private static final List<Column<Item>> COLUMNS = List.of(
            Column.text("名称", "name", Item::name),
            Column.integer("序号", "number", Item::number),
            Column.money("金额", "amount", Item::amount),
            Column.date("记账日期", "effective date", Item::date),
            Column.instant("记录时间", "recorded at", Item::at));

    private static final List<Item> ITEMS = List.of(
            new Item("友谊路街道社区基金, \"助老\"", 1, Money.parse("1234.50"), LocalDate.parse("2026-03-01"), Instant.parse("2026-03-02T01:02:03Z")),
            new Item("=HYPERLINK(\"x\")", 2, Money.parse("-0.07"), LocalDate.parse("2026-02-15"), Instant.parse("2026-04-10T00:00:00Z")),
            new Item(null, 3, Money.parse("99999999999.99"), null, null));

    private static TabularExport<Item> export(List<Item> items) {
        return new TabularExport<>("items_2026", "明细 Items", COLUMNS, RowSource.of(items));
    }

    @Test
    void csvIsUtf8WithABomAHeaderAndAmountsWithTwoPlaces() throws IOException {
        byte[] bytes = render(ExportFormat.CSV, export(ITEMS));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(bytes);
        assertThat(records.get(0).toList()).containsExactly(
                "名称 / name", "序号 / number", "金额 / amount", "记账日期 / effective date", "记录时间 / recorded at");
        assertThat(records.get(1).toList()).containsExactly(
                "友谊路街道社区基金, \"助老\"", "1", "1234.50", "2026-03-01", "2026-03-02T01:02:03Z");
        // a formula is neutralised; a negative amount is not text and stays a number
        assertThat(records.get(2).toList()).containsExactly("'=HYPERLINK(\"x\")", "2", "-0.07", "2026-02-15", "2026-04-10T00:00:00Z");
        assertThat(records.get(3).toList()).containsExactly("", "3", "99999999999.99", "", "");
        assertThat(records).hasSize(4);
    }

    @Test
    void xlsxHasABilingualFrozenHeaderNumericAmountsFormatted0_00AndDateCells() throws IOException {
        byte[] bytes = render(ExportFormat.XLSX, export(ITEMS));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("明细 Items");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(3)).isEqualTo("记账日期 / effective date");
            Row first = rows.get(1);
            assertThat(first.getCellText(0)).isEqualTo("友谊路街道社区基金, \"助老\"");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("1");
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(2).asNumber()).isEqualTo(new BigDecimal("1234.50"));
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(3).asDate().toLocalDate()).isEqualTo(LocalDate.parse("2026-03-01"));
            assertThat(first.getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCellText(4)).isEqualTo("2026-03-02T01:02:03Z");
            // in XLSX text is never a formula, so it is kept as it is
            assertThat(rows.get(2).getCellText(0)).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(rows.get(2).getCell(2).asNumber()).isEqualTo(new BigDecimal("-0.07"));
            assertThat(rows.get(3).getCell(2).asNumber()).isEqualTo(new BigDecimal("99999999999.99"));
            assertThat(rows.get(3).getOptionalCell(3).map(c -> c.getType() == CellType.EMPTY).orElse(true)).isTrue();
        }
        String sheetXml = new String(unzip(bytes, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(sheetXml).contains("state=\"frozen\"").contains("ySplit=\"1\"");
    }

    @Test
    void rowsBeyondASheetsLimitContinueOnAFurtherSheetWithItsOwnHeader() throws IOException {
        List<Item> many = IntStream.rangeClosed(1, 2500)
                .mapToObj(i -> new Item("row " + i, i, Money.ofFen(i), LocalDate.parse("2026-01-01"), null)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer(1001).render(export(many), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("明细 Items", "明细 Items (2)", "明细 Items (3)");
            List<Row> third = sheets.get(2).read();
            assertThat(third.get(0).getCellText(0)).isEqualTo("名称 / name");
            assertThat(third).hasSize(1 + 500);
            assertThat(third.get(500).getCell(2).asNumber()).isEqualTo(new BigDecimal("25.00"));
            assertThat(sheets.get(0).read()).hasSize(1001);
        }
    }

    @Test
    void anEmptyExportIsJustTheHeader() throws IOException {
        assertThat(parse(render(ExportFormat.CSV, export(List.of())))).hasSize(1);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(render(ExportFormat.XLSX, export(List.of()))))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }

    @Test
    void namesThatWouldBreakAHeaderOrASheetAreRefused() {
        assertThatThrownBy(() -> new TabularExport<>("../etc", "x", COLUMNS, RowSource.of(ITEMS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TabularExport<>("ok", "a/b", COLUMNS, RowSource.of(ITEMS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportFormat.ofExtension("pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExportFormat.ofExtension("XLSX")).isEqualTo(ExportFormat.XLSX);
    }

    @Test
    void theResponseIsAnAttachmentNamedForTheFormat() {
        var response = export(ITEMS).response(ExportFormat.CSV);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"items_2026.csv\"");
        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    }

    static byte[] render(ExportFormat format, TabularExport<?> export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.renderer().render(export, out);
        return out.toByteArray();
    }

    /** Parses a CSV with its BOM removed (commons-csv reads the header like any other record here). */
    static List<CSVRecord> parse(byte[] bytes) throws IOException {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVFormat.RFC4180.parse(new InputStreamReader(
                new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    /** Reads an entry through the zip's central directory (as Excel does), not its local headers. */
    static byte[] unzip(byte[] zip, String entry) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var zipFile = new java.util.zip.ZipFile(file.toFile())) {
                var found = zipFile.getEntry(entry);
                assertThat(found).as("entry " + entry).isNotNull();
                try (var in = zipFile.getInputStream(found)) {
                    return in.readAllBytes();
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
