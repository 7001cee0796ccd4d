package org.fundtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fundtrail.infra.Projections;
import org.fundtrail.organisation.api.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that run the whole service over HTTP on an embedded PostgreSQL. All such tests share one
 * application context (and so one database): each test makes its own charities, funds and ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Projections projections;
    @Autowired
    protected ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    protected String user = ADMIN;
    protected String password = ADMIN_PASSWORD;

    @BeforeEach
    void signInAsAdmin() {
        as(ADMIN, ADMIN_PASSWORD);
    }

    protected void as(String user, String password) {
        this.user = user;
        this.password = password;
    }

    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    protected Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    protected Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Answer anonymous(HttpRequest.Builder request) {
        return execute(request.build());
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest.Builder request) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return execute(request.timeout(Duration.ofSeconds(60)).build());
    }

    private Answer execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = !isJson || response.body() == null || response.body().isBlank()
                    ? json.nullNode() : json.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid 统一社会信用代码 that no other test uses. */
    protected static String creditCode() {
        String first17 = "5312000%010d".formatted(SERIAL.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    protected String registerCharity() {
        String id = unique("charity");
        Answer answer = post("/api/admin/charities", """
                {"id":"%s","name":"测试慈善会 %s","creditCode":"%s"}""".formatted(id, id, creditCode()));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return id;
    }

    protected String openFund(String charityId) {
        String id = unique("fund");
        Answer answer = post("/api/funds", """
                {"id":"%s","charityId":"%s","name":"友谊路街道社区基金","community":"河西区友谊路街道",
                 "purposes":[{"code":"elderly","name":"助老"},{"code":"children","name":"助学"}],
                 "yearlyTarget":"50000.00","effectiveDate":"2026-01-05"}""".formatted(id, charityId));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return id;
    }

    protected Answer donate(String fundId, String donationId, String amount, String purpose) {
        return post("/api/funds/" + fundId + "/donations", """
                {"id":"%s","donor":{"kind":"INDIVIDUAL","name":"张三","contact":"13800000000","anonymous":false,
                 "consentToPublishName":false},"channel":"WECHAT_PAY","amount":"%s",%s"effectiveDate":"2026-11-20"}"""
                .formatted(donationId, amount, purpose == null ? "" : "\"purpose\":\"" + purpose + "\","));
    }

    protected String createUser(String role, String charityId) {
        return createUser(role, "charityId", charityId);
    }

    /**
     * A user of a role scoped by {@code scopeField} ({@code charityId}, {@code bureau} or {@code organisationId});
     * the password is {@code correct-horse-battery}.
     */
    protected String createUser(String role, String scopeField, String scopeId) {
        String name = unique("user");
        Answer answer = post("/api/admin/users", """
                {"username":"%s","password":"correct-horse-battery","role":"%s"%s}"""
                .formatted(name, role, scopeId == null ? "" : ",\"" + scopeField + "\":\"" + scopeId + "\""));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return name;
    }

    protected long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    protected long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    protected long postingCount() {
        return jdbc.sql("SELECT count(*) FROM posting").query(Long.class).single();
    }

    protected void awaitProjections() {
        try {
            for (String name : new String[]{"journal", "fund-read-model", "contract-read-model"}) {
                assertThat(projections.awaitCaughtUp(name, Duration.ofSeconds(60)).caughtUp())
                        .as("projection %s caught up", name).isTrue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An account's balance in the journal, as the decimal string the API shows. */
    protected String balance(String account) {
        awaitProjections();
        long fen = jdbc.sql("""
                        SELECT COALESCE((SELECT SUM(amount) FROM posting WHERE debit_account = :a), 0)
                             - COALESCE((SELECT SUM(amount) FROM posting WHERE credit_account = :a), 0)""")
                .param("a", account).query(Long.class).single();
        return org.fundtrail.money.Money.ofFen(fen).toString();
    }
}
