package org.fundtrail.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.money.Money;
import org.fundtrail.transparency.PublicFacts.Totals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data says what the public pages say, to the fen, in both formats: the sums per kind of transaction equal
 * the overview's totals and the contract's and fund's figures, the CSV parses back with Commons CSV and holds the
 * same rows as the JSON, and the 360Giving grants carry the standard's required fields.
 */
class OpenDataIntegrationTest extends PublicSiteTest {

    @Autowired
    private PublicQueries publicQueries;

    @Test
    void transactionsAddUpToThePublicTotalsInJsonAndCsvAlike() throws IOException {
        Map<String, Long> fromJson;
        Map<String, Long> fromCsv;
        Totals totals;
        // the pages' queries keep an answer for a few seconds: compare once both sides show the same ledger
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        do {
            fromJson = sumsByKind(rowsOfJson(), row -> true);
            fromCsv = sumsByKind(rowsOfCsv(), row -> true);
            totals = publicQueries.totals();
        } while (!agrees(fromJson, totals) && Instant.now().isBefore(deadline) && pause());

        assertThat(fromCsv).as("CSV and JSON hold the same sums").isEqualTo(fromJson);
        assertThat(fromJson.getOrDefault("APPROPRIATION", 0L)).isEqualTo(totals.appropriated().fen());
        assertThat(fromJson.getOrDefault("ALLOCATION@1", 0L)).isEqualTo(totals.allocated().fen());
        assertThat(fromJson.getOrDefault("TRANCHE_DISBURSEMENT", 0L)).isEqualTo(totals.paid().fen());
        assertThat(fromJson.getOrDefault("EXPENDITURE", 0L)).isEqualTo(totals.spent().fen());
        assertThat(fromJson.getOrDefault("CLAWBACK_REPAYMENT", 0L)).isEqualTo(totals.clawedBack().fen());
        assertThat(fromJson.getOrDefault("TREASURY_RETURN", 0L)).isEqualTo(totals.returned().fen());
        assertThat(fromJson.getOrDefault("DONATIONS_RECEIVED/CASH", 0L)).isEqualTo(totals.fundsRaisedCash().fen());
        assertThat(fromJson.getOrDefault("DONATIONS_RECEIVED/IN_KIND", 0L)).isEqualTo(totals.fundsRaisedInKind().fen());
        assertThat(totals.paid().fen()).as("the scenario paid a tranche").isPositive();
        assertThat(totals.clawedBack().fen()).as("and had a clawback repaid").isPositive();
    }

    @Test
    void oneContractAndOneFundAddUpToTheirPages() {
        ContractId contractId = ContractId.of(scenario().contractId);
        PublicFacts.ContractDetail contract = publicQueries.contract(contractId).orElseThrow();
        List<JsonNode> rows = rowsOfJson();
        Map<String, Long> ofContract = sumsByKind(rows, row -> scenario().contractId.equals(row.path("contractId").asText()));
        assertThat(ofContract.get("CONTRACT_COMMITMENT")).isEqualTo(contract.contract().amount().fen());
        assertThat(ofContract.get("TRANCHE_DISBURSEMENT")).isEqualTo(contract.contract().paid().fen()).isEqualTo(12_000_000L);
        assertThat(ofContract.get("EXPENDITURE")).isEqualTo(contract.contract().spent().fen()).isEqualTo(3_000_000L);
        assertThat(ofContract.get("CLAWBACK_REPAYMENT")).isEqualTo(contract.contract().clawbackRepaid().fen())
                .isEqualTo(2_000_000L);

        PublicFacts.FundDetail fund = publicQueries.fund(FundId.of(scenario().fundId)).orElseThrow();
        Map<String, Long> ofFund = sumsByKind(rows, row -> scenario().fundId.equals(row.path("fundId").asText()));
        // 1000.00 + 500.00 + 800.00 + 66.66 stand; the 200.00 gift was reversed; 100 bags of rice at 50.00
        assertThat(ofFund.get("DONATIONS_RECEIVED/CASH")).isEqualTo(fund.fund().raisedCash().fen()).isEqualTo(236_666L);
        assertThat(ofFund.get("DONATIONS_RECEIVED/IN_KIND")).isEqualTo(fund.fund().raisedInKind().fen()).isEqualTo(500_000L);
        assertThat(ofFund.get("GRANT_COMMITMENT")).isEqualTo(fund.fund().granted().fen()).isEqualTo(30_000L);

        JsonNode clawback = rows.stream().filter(row -> row.path("kind").asText().equals("CLAWBACK_REPAYMENT")
                && scenario().contractId.equals(row.path("contractId").asText())).findFirst().orElseThrow();
        assertThat(clawback.path("iatiTransactionType").asInt()).isEqualTo(3);
        assertThat(clawback.path("amountYuan").asText()).isEqualTo("20000.00");
        assertThat(clawback.path("amountFen").asLong()).isEqualTo(2_000_000L);
        assertThat(clawback.path("iatiValueYuan").asText()).isEqualTo("-20000.00");
        assertThat(clawback.path("providerName").asText()).isEqualTo("盘锦市阳光社会工作服务中心");
        assertThat(clawback.path("receiverName").asText()).isEqualTo("兴隆台区民政局");

        JsonNode tranche = rows.stream().filter(row -> row.path("id").asText().equals(
                "tranche-" + scenario().contractId + "-1")).findFirst().orElseThrow();
        assertThat(tranche.path("iatiTransactionType").asInt()).isEqualTo(3);
        assertThat(tranche.path("date").asText()).isEqualTo("2023-04-10");
        assertThat(tranche.path("providerName").asText()).isEqualTo("兴隆台区民政局");
        assertThat(tranche.path("receiverName").asText()).isEqualTo("盘锦市阳光社会工作服务中心");
        assertThat(tranche.path("receiverId").asText()).startsWith("CN-USCC-");
    }

    @Test
    void theCsvIsUtf8WithABomAndParsesBackToTheJsonRows() throws IOException {
        String body = download("/api/public/open-data/transactions.csv", "text/csv");
        assertThat(body).startsWith("\uFEFFid,kind,iatiTransactionType,");
        List<CSVRecord> records = parse(body);
        List<JsonNode> rows = rowsOfJson();
        assertThat(records).hasSameSizeAs(rows);
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            JsonNode row = rows.get(i);
            assertThat(record.get("id")).isEqualTo(row.path("id").asText());
            assertThat(Money.parse(record.get("amountYuan")).fen()).as(record.get("id"))
                    .isEqualTo(Long.parseLong(record.get("amountFen"))).isEqualTo(row.path("amountFen").asLong());
            assertThat(record.get("date")).isEqualTo(row.path("date").asText(""));
        }
    }

    @Test
    void grantsCarryThe360GivingRequiredFieldsInBothFormats() throws IOException {
        JsonNode grants = json("/api/public/open-data/grants.json").path("grants");
        JsonNode contract = find(grants, "360G-fundtrail-contract-" + scenario().contractId);
        for (String field : List.of("id", "title", "description", "currency", "amountAwarded", "awardDate")) {
            assertThat(contract.path(field).asText()).as(field).isNotBlank();
        }
        assertThat(contract.path("amountAwarded").isNumber()).isTrue();
        assertThat(contract.path("amountAwarded").decimalValue()).isEqualByComparingTo("200000.00");
        assertThat(contract.path("amountAwardedFen").asLong()).isEqualTo(20_000_000L);
        assertThat(contract.path("recipientOrganization").get(0).path("id").asText()).startsWith("CN-USCC-");
        assertThat(contract.path("recipientOrganization").get(0).path("name").asText()).isEqualTo("盘锦市阳光社会工作服务中心");
        assertThat(contract.path("fundingOrganization").get(0).path("name").asText()).isEqualTo("兴隆台区民政局");

        List<CSVRecord> csv = parse(download("/api/public/open-data/grants.csv", "text/csv"));
        CSVRecord row = csv.stream().filter(r -> r.get("Identifier").equals(contract.path("id").asText()))
                .findFirst().orElseThrow();
        assertThat(row.get("Amount Awarded")).isEqualTo("200000.00");
        assertThat(row.get("Amount Awarded (fen)")).isEqualTo("20000000");
        assertThat(row.get("Award Date")).isEqualTo("2023-04-01");
        assertThat(row.get("Recipient Org:Identifier")).isEqualTo(
                contract.path("recipientOrganization").get(0).path("id").asText());
        assertThat(row.get("Currency")).isEqualTo("CNY");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private List<JsonNode> rowsOfJson() {
        JsonNode body = json("/api/public/open-data/transactions.json");
        assertThat(body.path("currency").asText()).isEqualTo("CNY");
        return iterable(body.path("transactions"));
    }

    /** The CSV's records as JSON objects of text, so that both formats are added up by the same code. */
    private List<JsonNode> rowsOfCsv() throws IOException {
        return parse(download("/api/public/open-data/transactions.csv", "text/csv")).stream()
                .map(record -> (JsonNode) json.valueToTree(record.toMap())).toList();
    }

    /** Fen per kind (allocations also per level, donations per kind of gift), from JSON rows or CSV records. */
    private static Map<String, Long> sumsByKind(List<JsonNode> rows, Predicate<JsonNode> which) {
        Map<String, Long> sums = new HashMap<>();
        for (JsonNode node : rows) {
            if (!which.test(node)) {
                continue;
            }
            String kind = node.path("kind").asText();
            long fen = node.path("amountFen").asLong();
            sums.merge(kind, fen, Long::sum);
            if (kind.equals("ALLOCATION")) {
                sums.merge(kind + "@" + node.path("level").asText(), fen, Long::sum);
            }
            if (kind.equals("DONATIONS_RECEIVED")) {
                sums.merge(kind + "/" + node.path("category").asText(), fen, Long::sum);
            }
        }
        return sums;
    }

    private static boolean agrees(Map<String, Long> sums, Totals totals) {
        return sums.getOrDefault("TRANCHE_DISBURSEMENT", 0L) == totals.paid().fen()
                && sums.getOrDefault("DONATIONS_RECEIVED/CASH", 0L) == totals.fundsRaisedCash().fen()
                && sums.getOrDefault("APPROPRIATION", 0L) == totals.appropriated().fen();
    }

    private JsonNode json(String path) {
        Answer answer = anonymous(HttpRequest.newBuilder(uri(path)).GET());
        assertThat(answer.status()).as("GET %s", path).isEqualTo(200);
        return answer.body();
    }

    private String download(String path, String contentType) {
        Answer answer = anonymous(HttpRequest.newBuilder(uri(path)).GET());
        assertThat(answer.status()).as("GET %s", path).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(contentType).containsIgnoringCase("charset=UTF-8"));
        return answer.raw().body();
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        String withoutBom = body.startsWith("\uFEFF") ? body.substring(1) : body;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(withoutBom))) {
            return parser.getRecords();
        }
    }

    private static JsonNode find(JsonNode array, String id) {
        return iterable(array).stream().filter(node -> node.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + array));
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static boolean pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
