package org.fundtrail.audit.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event log cannot be edited through the application's connection; edits made behind its back (a superuser
 * switching the triggers off) are caught by the chain and by the inclusion proofs. Shares the database with every
 * other integration test: it alters only rows it created, and puts them back.
 */
class IntegrityIntegrationTest extends IntegrationTest {

    @Autowired
    EventSealer sealer;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    private record Row(long globalIndex, String eventIdentifier, String aggregateIdentifier, byte[] payload) {
    }

    /** The first event of a fund made for this test, sealed. */
    private Row sealedEventOfANewFund() {
        String fund = openFund(registerCharity());
        Row row = jdbc.sql("""
                        SELECT globalindex, eventidentifier, aggregateidentifier, payload FROM domainevententry
                         WHERE aggregateidentifier LIKE '%' || ? ORDER BY globalindex LIMIT 1""")
                .param(fund).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .single();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!isSealed(row.eventIdentifier())) {
            assertThat(System.nanoTime()).as("event %s sealed in time", row.eventIdentifier()).isLessThan(deadline);
            sealer.seal(true);
            sleep(200);
        }
        return row;
    }

    private boolean isSealed(String eventIdentifier) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_seal WHERE event_identifier = ?)")
                .param(eventIdentifier).query(Boolean.class).single();
    }

    /** In a transaction that is always rolled back, so a missing trigger cannot damage the shared database. */
    private void attempt(String sql, Object... params) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(sql).params(params).update();
        });
    }

    /** What a superuser can do: switch the triggers off, edit, switch them on again, all in one transaction. */
    private void overwritePayloadAsSuperuser(long globalIndex, byte[] payload) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE domainevententry DISABLE TRIGGER ALL").update();
            jdbc.sql("UPDATE domainevententry SET payload = ? WHERE globalindex = ?").params(payload, globalIndex).update();
            jdbc.sql("ALTER TABLE domainevententry ENABLE TRIGGER ALL").update();
        });
    }

    @Test
    void theApplicationsConnectionCannotUpdateDeleteOrTruncateEvents() {
        Row row = sealedEventOfANewFund();

        assertThatThrownBy(() -> attempt("UPDATE domainevententry SET payload = payload WHERE globalindex = ?", row.globalIndex()))
                .hasStackTraceContaining("UPDATE on domainevententry refused: the event log is append-only");
        assertThatThrownBy(() -> attempt("DELETE FROM domainevententry WHERE globalindex = ?", row.globalIndex()))
                .hasStackTraceContaining("DELETE on domainevententry refused");
        assertThatThrownBy(() -> attempt("TRUNCATE domainevententry")).hasStackTraceContaining("TRUNCATE on domainevententry refused");
        assertThatThrownBy(() -> attempt("UPDATE event_seal SET chain_hash = chain_hash WHERE global_index = ?", row.globalIndex()))
                .hasStackTraceContaining("UPDATE on event_seal refused");
        assertThatThrownBy(() -> attempt("DELETE FROM merkle_root")).hasStackTraceContaining("refused");

        assertThat(jdbc.sql("SELECT payload FROM domainevententry WHERE globalindex = ?").param(row.globalIndex())
                .query(byte[].class).single()).isEqualTo(row.payload());
    }

    @Test
    void aRowAlteredByASuperuserIsNamedByTheVerification() throws Exception {
        Row row = sealedEventOfANewFund();
        String publicKey = publicKeyPem();
        byte[] altered = Arrays.copyOf(row.payload(), row.payload().length + 1);
        altered[altered.length - 1] = ' ';
        try {
            overwritePayloadAsSuperuser(row.globalIndex(), altered);

            Answer verification = get("/api/audit/integrity/verify");
            assertThat(verification.status()).isEqualTo(200);
            JsonNode firstBreak = verification.body().path("firstBreak");
            assertThat(verification.body().path("intact").asBoolean()).as(verification.body().toString()).isFalse();
            assertThat(firstBreak.path("globalIndex").asLong()).isEqualTo(row.globalIndex());
            assertThat(firstBreak.path("eventIdentifier").asText()).isEqualTo(row.eventIdentifier());
            assertThat(firstBreak.path("aggregateIdentifier").asText()).isEqualTo(row.aggregateIdentifier());
            assertThat(firstBreak.path("problem").asText()).isEqualTo("CONTENT_DIFFERS");
            assertThat(verification.body().path("verifiedUpTo").asLong()).isLessThan(row.globalIndex());

            JsonNode status = get("/api/audit/integrity").body();
            assertThat(status.path("lastVerification").path("firstBreak").path("eventIdentifier").asText())
                    .isEqualTo(row.eventIdentifier());

            // the proof the server gives now carries the edited content, which is not the leaf in the signed tree
            Answer proof = get("/api/audit/integrity/proofs/" + row.eventIdentifier());
            assertThat(proof.status()).isEqualTo(200);
            assertThat(ProofVerifier.verify(proof.raw().body(), publicKey).verified()).isFalse();
        } finally {
            overwritePayloadAsSuperuser(row.globalIndex(), row.payload());
        }
        Answer restored = get("/api/audit/integrity/verify");
        assertThat(restored.body().path("intact").asBoolean()).as(restored.body().toString()).isTrue();
        assertThat(restored.body().path("verifiedUpTo").asLong()).isGreaterThanOrEqualTo(row.globalIndex());
    }

    @Test
    void anInclusionProofVerifiesOfflineAndFailsForAnAlteredEvent() throws Exception {
        Row row = sealedEventOfANewFund();
        Answer proof = get("/api/audit/integrity/proofs/" + row.eventIdentifier());
        assertThat(proof.status()).as(proof.raw().body()).isEqualTo(200);
        assertThat(proof.body().path("globalIndex").asLong()).isEqualTo(row.globalIndex());
        assertThat(proof.body().path("treeSize").asLong()).isGreaterThan(proof.body().path("leafIndex").asLong());
        String publicKey = publicKeyPem();

        ProofVerifier.Result result = ProofVerifier.verify(proof.raw().body(), publicKey);
        assertThat(result.verified()).as(String.join("\n", result.findings())).isTrue();

        // one byte of the event's content changed: the last byte, inside the metadata
        ObjectNode altered = proof.body().deepCopy();
        byte[] content = Base64.getDecoder().decode(altered.path("canonicalContent").asText());
        content[content.length - 1] ^= 0x01;
        altered.put("canonicalContent", Base64.getEncoder().encodeToString(content));
        altered.put("contentHash", Hashes.hex(Hashes.sha256(content)));
        assertThat(ProofVerifier.verify(altered.toString(), publicKey).verified()).isFalse();

        // the signature holds for the published key only
        String otherKey = RootSignature.publicKeyPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        assertThat(ProofVerifier.verify(proof.raw().body(), otherKey).verified()).isFalse();

        // and the documented command, with nothing but the compiled classes on the class path
        Path dir = Files.createTempDirectory("proof");
        Files.writeString(dir.resolve("proof.json"), proof.raw().body(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("publickey.pem"), publicKey, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("altered.json"), altered.toString(), StandardCharsets.UTF_8);
        assertThat(runVerifier(dir, "proof.json")).isZero();
        assertThat(runVerifier(dir, "altered.json")).isEqualTo(1);
    }

    @Test
    void theLatestRootIsPublicAndSignedWithThePublishedKey() throws Exception {
        sealedEventOfANewFund();
        Answer root = anonymous(HttpRequest.newBuilder(uri("/api/public/integrity/roots/latest")).GET());
        assertThat(root.status()).isEqualTo(200);
        String message = RootSignature.message(root.body().path("treeSize").asLong(),
                Hashes.fromHex(root.body().path("root").asText()), root.body().path("publishedAt").asText());
        assertThat(root.text("signedMessage")).isEqualTo(message);
        byte[] signature = Base64.getDecoder().decode(root.text("signature"));
        assertThat(RootSignature.verify(RootSignature.publicKeyFromPem(publicKeyPem()), message, signature)).isTrue();
        assertThat(RootSignature.verify(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic(),
                message, signature)).isFalse();

        Answer status = get("/api/audit/integrity");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().path("eventsSealed").asLong()).isPositive();
        assertThat(status.body().path("latestRoot").path("treeSize").asLong()).isPositive();
    }

    @Test
    void aHoleInTheGlobalIndexHoldsTheSealerUntilItsTransactionEndsThenBecomesAGap() throws Exception {
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            long hole;
            try (var statement = open.createStatement();
                 var rs = statement.executeQuery("SELECT nextval('domainevententry_globalindex_seq')")) {
                rs.next();
                hole = rs.getLong(1);
            }
            String fund = openFund(registerCharity());
            String event = jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier LIKE '%' || ?"
                    + " ORDER BY globalindex LIMIT 1").param(fund).query(String.class).single();
            for (int i = 0; i < 4; i++) {
                sealer.seal(true);
                sleep(300);
            }
            assertThat(isSealed(event)).as("sealed past a hole whose transaction is still open").isFalse();

            open.rollback();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!isSealed(event)) {
                assertThat(System.nanoTime()).as("sealed after the hole's transaction ended").isLessThan(deadline);
                sealer.seal(true);
                sleep(200);
            }
            assertThat(jdbc.sql("SELECT gap FROM event_seal WHERE global_index = ?").param(hole)
                    .query(Boolean.class).single()).isTrue();
        }
        Answer verification = get("/api/audit/integrity/verify");
        assertThat(verification.body().path("intact").asBoolean()).as(verification.body().toString()).isTrue();
        assertThat(verification.body().path("gaps").asLong()).isPositive();
    }

    @Test
    void theSqlInTheDocsRecomputesTheSealedContentHash() throws Exception {
        Row row = sealedEventOfANewFund();
        String doc = Files.readString(Path.of("docs/integrity.md"), StandardCharsets.UTF_8);
        String start = "<!-- content-hash-sql -->\n```sql\n";
        String sql = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf("```\n<!-- /content-hash-sql -->"))
                .trim().replaceFirst(";$", "");
        assertThat(jdbc.sql("SELECT as_sealed FROM (" + sql + ") q WHERE globalindex = ?").param(row.globalIndex())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theAuditEndpointsNeedAnAuditor() {
        as(null, null);
        assertThat(get("/api/audit/integrity").status()).isEqualTo(401);
        as(ADMIN, ADMIN_PASSWORD);
        String auditor = createUser("AUDITOR", null);
        as(auditor, "correct-horse-battery");
        assertThat(get("/api/audit/integrity").status()).isEqualTo(200);
        assertThat(get("/api/audit/integrity/proofs/no-such-event").status()).isEqualTo(404);
    }

    private String publicKeyPem() {
        Answer key = anonymous(HttpRequest.newBuilder(uri("/api/public/integrity/public-key")).GET());
        assertThat(key.status()).isEqualTo(200);
        return key.raw().body();
    }

    private static int runVerifier(Path dir, String proof) throws Exception {
        String classes = Path.of(ProofVerifier.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", classes, ProofVerifier.class.getName(), proof, "publickey.pem")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return process.exitValue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
