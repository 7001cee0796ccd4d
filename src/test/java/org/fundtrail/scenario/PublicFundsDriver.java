package org.fundtrail.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fundtrail.IntegrationTest.Answer;
import org.fundtrail.organisation.api.CreditCode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the public-funds REST API the way the people of a programme do: finance officers propose, approvers of the
 * same holder approve, contractors report and repay. Every call names who makes it (an {@link Actor}), so several
 * threads may sign contracts at once. Users are created on first use, one officer and one approver per holder and one
 * contractor per organisation.
 *
 * <p>The {@code tryX} methods return the raw answer for tests that expect a refusal; the others assert success.
 */
public final class PublicFundsDriver {

    public static final String PASSWORD = "correct-horse-battery";
    /** Credit codes unique across this JVM's scenario tests; a prefix no other test uses (IntegrationTest uses 5312000). */
    private static final AtomicInteger CREDIT_SERIAL = new AtomicInteger();
    private static final String CREDIT_PREFIX = "52" + String.format("%05d", (int) (ProcessHandle.current().pid() % 100_000));

    private final int port;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Actor admin;
    private final Map<String, Actor> officers = new ConcurrentHashMap<>();
    private final Map<String, Actor> approvers = new ConcurrentHashMap<>();
    private final Map<String, Actor> contractors = new ConcurrentHashMap<>();

    public PublicFundsDriver(int port, ObjectMapper json, String adminUser, String adminPassword) {
        this.port = port;
        this.json = json;
        this.admin = new Actor(adminUser, adminPassword);
    }

    // -----------------------------------------------------------------------------------------------------------------
    // People

    /** Someone signed in; every request goes out with their credentials. */
    public final class Actor {
        private final String username;
        private final String password;

        private Actor(String username, String password) {
            this.username = username;
            this.password = password;
        }

        public String username() {
            return username;
        }

        public Answer post(String path, Object body) {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(toJson(body)))
                    .header("Content-Type", "application/json"));
        }

        public Answer get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        private Answer send(HttpRequest.Builder request) {
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token).timeout(Duration.ofSeconds(60));
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

        @Override
        public String toString() {
            return username;
        }
    }

    public Actor admin() {
        return admin;
    }

    /** The finance officer of a holder (bureau): proposes what it pays, signs what it funds, records its returns. */
    public Actor officerOf(String holder) {
        return officers.computeIfAbsent(holder, h -> newUser("FINANCE_OFFICER", fields("bureau", h)));
    }

    /** A second finance officer of the same holder. */
    public Actor anotherOfficerOf(String holder) {
        return newUser("FINANCE_OFFICER", fields("bureau", holder));
    }

    /** The approver of a holder: approves the allocations it pays and the tranches of contracts it funds. */
    public Actor approverOf(String holder) {
        return approvers.computeIfAbsent(holder, h -> newUser("APPROVER", fields("bureau", h)));
    }

    /** The user who acts for a contractor organisation on its own contracts. */
    public Actor contractorOf(String organisationId) {
        return contractors.computeIfAbsent(organisationId, o -> newUser("CONTRACTOR", fields("organisationId", o)));
    }

    private Actor newUser(String role, Map<String, Object> scope) {
        String name = unique(role.toLowerCase().replace('_', '-'));
        Map<String, Object> body = fields("username", name, "password", PASSWORD, "role", role);
        body.putAll(scope);
        Answer answer = admin.post("/api/admin/users", body);
        assertThat(answer.status()).as("create %s %s: %s", role, scope, answer.body()).isEqualTo(201);
        return new Actor(name, PASSWORD);
    }

    /** Registers a contractor organisation (承接机构) with a fresh 统一社会信用代码; returns its id. */
    public String registerOrganisation(String name) {
        String id = unique("org");
        Answer answer = admin.post("/api/organisations", fields("id", id, "name", name, "creditCode", creditCode()));
        assertThat(answer.status()).as("register organisation %s: %s", name, answer.body()).isEqualTo(201);
        return id;
    }

    public JsonNode organisation(String organisationId) {
        return ok(admin.get("/api/organisations/" + organisationId), 200);
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Programmes

    /** Creates a programme under a policy, by an officer of its root holder. */
    public ProgrammeDriver createProgramme(String policyId, String name, String treasury, String rootHolder,
                                           String rootHolderName, int fiscalYear, LocalDate effectiveDate) {
        String id = unique(policyId.substring(0, Math.min(policyId.length(), 6)));
        Answer answer = officerOf(rootHolder).post("/api/programmes", fields("id", id, "policyId", policyId, "name", name,
                "treasuryId", treasury, "rootHolder", rootHolder, "rootHolderName", rootHolderName,
                "fiscalYear", fiscalYear, "effectiveDate", effectiveDate));
        ok(answer, 201);
        return new ProgrammeDriver(id, treasury, rootHolder);
    }

    public final class ProgrammeDriver {
        private final String id;
        private final String treasury;
        private final String root;

        private ProgrammeDriver(String id, String treasury, String root) {
            this.id = id;
            this.treasury = treasury;
            this.root = root;
        }

        public String id() {
            return id;
        }

        public String treasury() {
            return treasury;
        }

        public String root() {
            return root;
        }

        public ProgrammeDriver appropriate(String amount, LocalDate effectiveDate) {
            ok(officerOf(root).post("/api/programmes/" + id + "/appropriations", fields("id", unique("ap"),
                    "budgetLine", "专项转移支付", "fiscalYear", effectiveDate.getYear(), "amount", amount,
                    "effectiveDate", effectiveDate)), 200);
            return this;
        }

        public Answer proposeAllocation(Actor who, String allocationId, String from, String to, String toName,
                                        String amount, LocalDate effectiveDate) {
            return who.post("/api/programmes/" + id + "/allocations", fields("id", allocationId, "fromHolder", from,
                    "toHolder", to, "toHolderName", toName, "amount", amount, "effectiveDate", effectiveDate));
        }

        public Answer approveAllocation(Actor who, String allocationId) {
            return who.post("/api/programmes/" + id + "/allocations/" + allocationId + "/approval", fields());
        }

        /** One hop down the channel: proposed by an officer of the payer, approved by an approver of the payer. */
        public ProgrammeDriver allocate(String from, String to, String toName, String amount, LocalDate effectiveDate) {
            String allocation = unique("al");
            ok(proposeAllocation(officerOf(from), allocation, from, to, toName, amount, effectiveDate), 201);
            JsonNode approved = ok(approveAllocation(approverOf(from), allocation), 200);
            assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
            return this;
        }

        public ContractSpec contract() {
            return new ContractSpec(this);
        }

        /** GET /api/programmes/{id}: holders with available and return-due money, allocations, returns. */
        public JsonNode detail() {
            return ok(admin.get("/api/programmes/" + id), 200);
        }

        public JsonNode holder(String holder) {
            for (JsonNode line : detail().path("holders")) {
                if (line.path("holder").asText().equals(holder)) {
                    return line;
                }
            }
            throw new AssertionError("programme " + id + " has no holder " + holder + ": " + detail().path("holders"));
        }

        public String available(String holder) {
            return holder(holder).path("available").asText();
        }

        public JsonNode statement() {
            return ok(admin.get("/api/programmes/" + id + "/statement"), 200);
        }

        public List<JsonNode> returns() {
            List<JsonNode> list = new ArrayList<>();
            detail().path("returns").forEach(list::add);
            return list;
        }

        /** Waits (≤ timeout) for the returns the process manager opens, until they satisfy {@code done}. */
        public List<JsonNode> awaitReturns(String what, Predicate<List<JsonNode>> done, Duration timeout) {
            return await(what + " (GET /api/programmes/" + id + " → returns)", timeout, this::returns, done);
        }

        public Answer hop(Actor who, String returnId, int hop, LocalDate effectiveDate) {
            return who.post("/api/programmes/" + id + "/returns/" + returnId + "/hops",
                    fields("hop", hop, "effectiveDate", effectiveDate));
        }

        /**
         * Moves a return up the channel one hop at a time, each by an officer of the holder it sits at, until it reaches
         * the treasury. Returns the holders it passed, in order.
         */
        public List<String> returnToTreasury(String returnId, LocalDate... hopDates) {
            List<String> passed = new ArrayList<>();
            for (int hop = 1; ; hop++) {
                JsonNode ret = returns().stream().filter(r -> r.path("id").asText().equals(returnId)).findFirst()
                        .orElseThrow(() -> new AssertionError("no return " + returnId + " in " + returns()));
                if (ret.path("completed").asBoolean()) {
                    return passed;
                }
                assertThat(hop).as("return %s still at %s after %s hops", returnId, ret.path("atHolder"), hop - 1)
                        .isLessThanOrEqualTo(hopDates.length);
                String at = ret.path("atHolder").asText();
                passed.add(at);
                JsonNode done = ok(hop(officerOf(at), returnId, hop, hopDates[hop - 1]), 200);
                assertThat(done.path("status").asText()).isEqualTo("HOP_" + hop);
            }
        }
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Contracts

    /** What a contract is signed with; defaults fit every policy but the amounts and the usage plan. */
    public final class ContractSpec {
        private final ProgrammeDriver programme;
        private String id = unique("c");
        private String fundingHolder;
        private String organisationId;
        private String community = "示范社区";
        private String county;
        private int year = 2023;
        private String amount;
        private final Map<String, String> budget = new LinkedHashMap<>();
        private String rating;
        private final List<Map<String, Object>> usagePlan = new ArrayList<>();
        private LocalDate startDate;
        private LocalDate endDate;
        private LocalDate effectiveDate;
        private Actor signer;

        private ContractSpec(ProgrammeDriver programme) {
            this.programme = programme;
        }

        public ContractSpec id(String id) {
            this.id = id;
            return this;
        }

        public ContractSpec fundedBy(String holder) {
            this.fundingHolder = holder;
            return this;
        }

        public ContractSpec with(String organisationId) {
            this.organisationId = organisationId;
            return this;
        }

        public ContractSpec forCommunity(String community, String county, int year) {
            this.community = community;
            this.county = county;
            this.year = year;
            return this;
        }

        public ContractSpec amount(String amount) {
            this.amount = amount;
            return this;
        }

        public ContractSpec budget(String category, String amount) {
            budget.put(category, amount);
            return this;
        }

        public ContractSpec clearBudget() {
            budget.clear();
            return this;
        }

        public ContractSpec rating(String rating) {
            this.rating = rating;
            return this;
        }

        /** A star-award usage plan: so many basic (mandatory) and elective projects. */
        public ContractSpec usagePlan(int basic, int electives) {
            String[] basics = {"创建社区社工室", "孵化社区社会组织", "培育居民骨干"};
            for (int i = 0; i < basic; i++) {
                usagePlan.add(fields("title", i < basics.length ? basics[i] : "基础项目" + (i + 1), "kind", "BASIC"));
            }
            for (int i = 0; i < electives; i++) {
                usagePlan.add(fields("title", "自选项目" + (i + 1), "kind", "ELECTIVE"));
            }
            return this;
        }

        public ContractSpec runs(LocalDate start, LocalDate end) {
            this.startDate = start;
            this.endDate = end;
            return this;
        }

        public ContractSpec signedOn(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        public ContractSpec signedBy(Actor signer) {
            this.signer = signer;
            return this;
        }

        public String id() {
            return id;
        }

        public Answer trySign() {
            List<Map<String, Object>> lines = new ArrayList<>();
            budget.forEach((category, money) -> lines.add(fields("category", category, "amount", money)));
            Map<String, Object> body = fields("id", id, "programmeId", programme.id(), "fundingHolder", fundingHolder,
                    "organisationId", organisationId, "community", community, "county", county, "year", year,
                    "amount", amount, "budget", lines, "startDate", startDate, "endDate", endDate,
                    "effectiveDate", effectiveDate);
            if (rating != null) {
                body.put("rating", rating);
            }
            if (!usagePlan.isEmpty()) {
                body.put("usagePlan", usagePlan);
            }
            return (signer == null ? officerOf(fundingHolder) : signer).post("/api/contracts", body);
        }

        public ContractDriver sign() {
            JsonNode signed = ok(trySign(), 201);
            assertThat(signed.path("status").asText()).isEqualTo("SIGNED");
            return new ContractDriver(programme, id, fundingHolder, organisationId);
        }
    }

    public final class ContractDriver {
        private final ProgrammeDriver programme;
        private final String id;
        private final String fundingHolder;
        private final String organisationId;

        private ContractDriver(ProgrammeDriver programme, String id, String fundingHolder, String organisationId) {
            this.programme = programme;
            this.id = id;
            this.fundingHolder = fundingHolder;
            this.organisationId = organisationId;
        }

        public String id() {
            return id;
        }

        public String fundingHolder() {
            return fundingHolder;
        }

        public String organisationId() {
            return organisationId;
        }

        public Actor officer() {
            return officerOf(fundingHolder);
        }

        public Actor approver() {
            return approverOf(fundingHolder);
        }

        public Actor contractor() {
            return contractorOf(organisationId);
        }

        private String path(String rest) {
            return "/api/contracts/" + id + rest;
        }

        public Answer proposeTranche(Actor who, int number, LocalDate effectiveDate) {
            return who.post(path("/tranches/" + number + "/proposal"), fields("effectiveDate", effectiveDate));
        }

        public Answer approveTranche(Actor who, int number, LocalDate effectiveDate) {
            return who.post(path("/tranches/" + number + "/approval"), fields("effectiveDate", effectiveDate));
        }

        /** Maker–checker: the funding holder's officer proposes, its approver approves; the tranche is paid. */
        public ContractDriver payTranche(int number, LocalDate effectiveDate) {
            ok(proposeTranche(officer(), number, effectiveDate), 200);
            JsonNode paid = ok(approveTranche(approver(), number, effectiveDate), 200);
            assertThat(paid.path("status").asText()).isEqualTo("PAID");
            return this;
        }

        public Answer milestone(String milestone, boolean passed, LocalDate effectiveDate) {
            return officer().post(path("/milestones"), fields("milestone", milestone, "passed", passed,
                    "reportReference", "评估报告-" + id + "-" + milestone, "effectiveDate", effectiveDate));
        }

        public Answer report(Actor who, String expenditureId, String category, String amount, LocalDate effectiveDate) {
            return who.post(path("/expenditures"), fields("id", expenditureId, "category", category, "amount", amount,
                    "description", category + " 支出", "evidenceReference", "发票-" + expenditureId,
                    "effectiveDate", effectiveDate));
        }

        public Answer accept(String expenditureId, LocalDate effectiveDate) {
            return officer().post(path("/expenditures/" + expenditureId + "/acceptance"), fields("effectiveDate", effectiveDate));
        }

        public Answer rejectExpenditure(String expenditureId, String reason) {
            return officer().post(path("/expenditures/" + expenditureId + "/rejection"), fields("reason", reason));
        }

        /** The contractor reports an expenditure and the funding holder's officer accepts it. */
        public ContractDriver spend(String category, String amount, LocalDate effectiveDate) {
            String expenditure = unique("ex");
            ok(report(contractor(), expenditure, category, amount, effectiveDate), 200);
            JsonNode accepted = ok(accept(expenditure, effectiveDate), 200);
            assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
            return this;
        }

        public Answer clawback(String clawbackId, String amount, String reason, LocalDate dueDate, LocalDate effectiveDate) {
            return officer().post(path("/clawbacks"), fields("id", clawbackId, "amount", amount, "reason", reason,
                    "dueDate", dueDate, "effectiveDate", effectiveDate));
        }

        public Answer repay(String clawbackId, String amount, LocalDate effectiveDate) {
            return contractor().post(path("/clawbacks/" + clawbackId + "/repayments"),
                    fields("id", unique("rp"), "amount", amount, "effectiveDate", effectiveDate));
        }

        public Answer fraud(String finding, LocalDate effectiveDate) {
            return officer().post(path("/fraud-findings"), fields("finding", finding, "publish", true,
                    "effectiveDate", effectiveDate));
        }

        public Answer terminate(String reason, LocalDate effectiveDate) {
            return officer().post(path("/termination"), fields("reason", reason, "effectiveDate", effectiveDate));
        }

        public Answer returnSurplus(String amount, LocalDate effectiveDate) {
            return contractor().post(path("/surplus-returns"), fields("id", unique("sr"), "amount", amount,
                    "effectiveDate", effectiveDate));
        }

        public Answer close(LocalDate effectiveDate) {
            return officer().post(path("/closure"), fields("effectiveDate", effectiveDate));
        }

        public Answer tryStatement() {
            return admin.get(path("/statement"));
        }

        public JsonNode statement() {
            return ok(tryStatement(), 200);
        }
    }

    // -----------------------------------------------------------------------------------------------------------------
    // The journal

    /** Balances of the journal's accounts starting with {@code prefix}, as decimal strings. */
    public Map<String, String> journalBalances(String prefix) {
        Answer answer = admin.get("/api/journal/balances?prefix=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
        JsonNode body = ok(answer, 200);
        Map<String, String> balances = new LinkedHashMap<>();
        body.forEach(line -> balances.put(line.path("account").asText(), line.path("balance").asText()));
        return balances;
    }

    /** One account's balance in the journal; an account never posted to holds 0.00. */
    public String journalBalance(String account) {
        return journalBalances(account).getOrDefault(account, "0.00");
    }

    public JsonNode conservation() {
        return ok(admin.get("/api/journal/conservation"), 200);
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Helpers

    /** Asserts the status and returns the body. */
    public static JsonNode ok(Answer answer, int status) {
        assertThat(answer.status()).as("%s %s → %s", answer.raw().request().method(), answer.raw().request().uri().getPath(),
                answer.body()).isEqualTo(status);
        return answer.body();
    }

    /** Asserts an RFC 9457 problem with the given status and {@code code}. */
    public static void assertProblem(Answer answer, int status, String code) {
        String request = answer.raw().request().method() + " " + answer.raw().request().uri().getPath();
        assertThat(answer.status()).as("%s → %s", request, answer.body()).isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).as(request)
                .startsWith("application/problem+json");
        assertThat(answer.body().path("code").asText()).as("%s → %s", request, answer.body()).isEqualTo(code);
    }

    /** The line of one holder in a programme statement. */
    public static JsonNode holderLine(JsonNode statement, String holder) {
        for (JsonNode line : statement.path("holders")) {
            if (line.path("holder").asText().equals(holder)) {
                return line;
            }
        }
        throw new AssertionError("no holder " + holder + " in " + statement.path("holders"));
    }

    /** GET /api/journal/conservation: balanced, nothing overdrawn, every account of a known kind. */
    public static void assertConservation(JsonNode report) {
        assertThat(report.path("balanced").asBoolean()).as("conservation: %s", report).isTrue();
        assertThat(report.path("sumOfBalances").asText()).as("conservation: %s", report).isEqualTo("0.00");
        assertThat(report.path("negativeBalances")).as("overdrawn accounts: %s", report).isEmpty();
        assertThat(report.path("unknownAccounts")).as("accounts of no known kind: %s", report).isEmpty();
        if (report.has("ok")) {
            assertThat(report.path("ok").asBoolean()).as("conservation: %s", report).isTrue();
        }
    }

    /** Polls {@code read} until {@code done} holds or {@code timeout} passes; fails with the last value read. */
    public static <T> T await(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = read.get();
        }
        return last;
    }

    /** Polls like {@link #await} but answers the last value instead of failing, for tests that report several faults. */
    public static <T> T poll(Duration timeout, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = read.get();
        }
        return last;
    }

    /** An ordered map of alternating keys and values (values may be null and are then left out of the JSON). */
    public static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1] instanceof LocalDate date ? date.toString()
                        : keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** The sum of decimal amounts, as the API writes them. */
    public static String sum(Iterable<String> amounts) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO.setScale(2);
        for (String amount : amounts) {
            total = total.add(new java.math.BigDecimal(amount));
        }
        return total.toPlainString();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String creditCode() {
        String first17 = CREDIT_PREFIX + "%010d".formatted(CREDIT_SERIAL.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file download as the admin (exports); fails unless 200. */
    public byte[] download(String path) {
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    (admin.username + ":" + admin.password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
