package org.fundtrail.transparency.opendata;

import org.fundtrail.audit.export.ExportFormat;
import org.fundtrail.audit.export.RowSource;
import org.fundtrail.audit.export.TabularExport;
import org.fundtrail.money.Money;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/public/open-data/**}: the public facts as JSON and CSV downloads, no login. docs/open-data.md is the
 * schema. The answers may be cached for a minute by anyone: they are the same for everybody.
 */
@RestController
class OpenDataController {

    static final String BASE = "/api/public/open-data";
    private static final CacheControl PUBLIC_MINUTE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    record Download(String dataset, String format, String url) {
    }

    private final OpenDataQueries queries;
    private final Clock clock;

    OpenDataController(OpenDataQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** What there is to download. */
    @GetMapping(BASE)
    ResponseEntity<Map<String, Object>> index() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("schema", "docs/open-data.md");
        index.put("downloads", List.of(
                new Download("transactions", "json", BASE + "/transactions.json"),
                new Download("transactions", "csv", BASE + "/transactions.csv"),
                new Download("grants", "json", BASE + "/grants.json"),
                new Download("grants", "csv", BASE + "/grants.csv")));
        return ResponseEntity.ok().cacheControl(PUBLIC_MINUTE).body(index);
    }

    @GetMapping(BASE + "/transactions.json")
    ResponseEntity<Map<String, Object>> transactionsJson() {
        OpenDataset<OpenTransaction> dataset = OpenDataset.transactions();
        return json(dataset.name(), queries.transactions().stream().map(dataset::json).toList());
    }

    @GetMapping(BASE + "/transactions.csv")
    ResponseEntity<StreamingResponseBody> transactionsCsv() {
        return csv(OpenDataset.transactions(), queries.transactions());
    }

    /** A 360Giving JSON package: {@code {"grants": [...]}} with the standard's nested organisations. */
    @GetMapping(BASE + "/grants.json")
    ResponseEntity<Map<String, Object>> grantsJson() {
        return json("grants", queries.grants().stream().map(OpenDataController::threeSixtyGiving).toList());
    }

    @GetMapping(BASE + "/grants.csv")
    ResponseEntity<StreamingResponseBody> grantsCsv() {
        return csv(OpenDataset.grants(), queries.grants());
    }

    private ResponseEntity<Map<String, Object>> json(String dataset, List<?> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", dataset);
        body.put("generatedAt", Instant.now(clock).toString());
        body.put("currency", Money.CURRENCY.getCurrencyCode());
        body.put("schema", "docs/open-data.md");
        body.put(dataset, rows);
        return ResponseEntity.ok().cacheControl(PUBLIC_MINUTE).body(body);
    }

    private <T> ResponseEntity<StreamingResponseBody> csv(OpenDataset<T> dataset, List<T> rows) {
        ResponseEntity<StreamingResponseBody> download = new TabularExport<>(dataset.name(), dataset.name(),
                dataset.columns(), RowSource.of(rows)).response(ExportFormat.CSV);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(download.getHeaders());
        headers.setCacheControl(PUBLIC_MINUTE);
        return ResponseEntity.status(download.getStatusCode()).headers(headers).body(download.getBody());
    }

    private static Map<String, Object> threeSixtyGiving(OpenGrant grant) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", grant.id());
        json.put("title", grant.title());
        json.put("description", grant.description());
        json.put("currency", OpenGrant.CURRENCY);
        json.put("amountAwarded", yuan(grant.amountAwarded()));
        json.put("amountAwardedFen", grant.amountAwarded().fen());
        json.put("amountDisbursed", yuan(grant.amountDisbursed()));
        json.put("amountDisbursedFen", grant.amountDisbursed().fen());
        json.put("awardDate", grant.awardDate().toString());
        json.put("recipientOrganization", grant.recipientName() == null ? List.of()
                : List.of(organisation(grant.recipientId(), grant.recipientName())));
        json.put("fundingOrganization", List.of(organisation(grant.fundingId(), grant.fundingName())));
        json.put("grantProgramme", List.of(Map.of("code", grant.programmeCode(), "title", grant.programmeTitle())));
        json.put("beneficiaryLocation", List.of(Map.of("name", grant.location())));
        if (grant.plannedStart() != null || grant.plannedEnd() != null) {
            Map<String, String> planned = new LinkedHashMap<>();
            planned.put("startDate", text(grant.plannedStart()));
            planned.put("endDate", text(grant.plannedEnd()));
            json.put("plannedDates", List.of(planned));
        }
        return json;
    }

    private static Map<String, String> organisation(String id, String name) {
        Map<String, String> organisation = new LinkedHashMap<>();
        organisation.put("id", id);
        organisation.put("name", name);
        return organisation;
    }

    /** 360Giving amounts are JSON numbers: written from the fen as an exact decimal, never a binary fraction. */
    private static BigDecimal yuan(Money money) {
        return money.toYuan();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
