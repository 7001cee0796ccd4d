package org.fundtrail.evidence;

import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence files over the API: stored by content hash, checked by content, shown only to those who may see the record. */
class EvidenceIntegrationTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void aPdfIsStoredUnderItsSha256AndComesBackByteForByte() throws Exception {
        String charity = registerCharity();
        String staff = createUser("CHARITY_STAFF", charity);

        Answer uploaded = upload(staff, "CHARITY", charity, "发票 2026-11.pdf", "application/pdf", PDF);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        assertThat(uploaded.text("reference")).isEqualTo("sha256:" + sha256);
        assertThat(uploaded.text("contentType")).isEqualTo("application/pdf");
        assertThat(uploaded.body().path("size").asLong()).isEqualTo(PDF.length);

        var download = fetch(staff, "/api/evidence/" + sha256);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() {
        String charity = registerCharity();
        String staff = createUser("CHARITY_STAFF", charity);
        byte[] png = unique(PNG);

        Answer first = upload(staff, "CHARITY", charity, "a.png", "image/png", png);
        Answer second = upload(staff, "CHARITY", charity, "b.png", "image/png", png);

        assertThat(second.text("reference")).isEqualTo(first.text("reference"));
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file WHERE sha256 = ?").param(first.text("sha256"))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTextFileNamedPdfIsRefusedByItsContentAndNothingIsStored() {
        String charity = registerCharity();
        String staff = createUser("CHARITY_STAFF", charity);
        long before = storedFiles();

        Answer refused = upload(staff, "CHARITY", charity, "invoice.pdf", "application/pdf",
                ("not a pdf " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("EVIDENCE_TYPE_NOT_ALLOWED");
        assertThat(refused.text("field")).isEqualTo("file");
        assertThat(refused.text("detail")).contains("PDF, JPEG and PNG");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamed() {
        String charity = registerCharity();
        String staff = createUser("CHARITY_STAFF", charity);
        long before = storedFiles();
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        Answer refused = upload(staff, "CHARITY", charity, "scan.pdf", "application/pdf", big);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("EVIDENCE_TOO_LARGE");
        assertThat(refused.text("detail")).contains("20 MB");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void anotherCharitysStaffCanNeitherAttachNorSeeTheFiles() {
        String charity = registerCharity();
        String staff = createUser("CHARITY_STAFF", charity);
        String stranger = createUser("CHARITY_STAFF", registerCharity());
        String auditor = createUser("AUDITOR", null);
        byte[] pdf = unique(PDF);
        String sha256 = upload(staff, "CHARITY", charity, "receipt.pdf", "application/pdf", pdf).text("sha256");

        assertThat(fetch(stranger, "/api/evidence/" + sha256).statusCode()).isEqualTo(403);
        assertThat(upload(stranger, "CHARITY", charity, "x.pdf", "application/pdf", unique(PDF)).status()).isEqualTo(403);
        assertThat(fetch(auditor, "/api/evidence/" + sha256).body()).isEqualTo(pdf);
        assertThat(fetch(staff, "/api/evidence/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    }

    @Test
    void aContractsFilesAreAttachedByItsContractorAndHiddenFromOtherContractors() {
        PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        LocalDate today = LocalDate.now();
        String city = unique("ev-city");
        String district = unique("ev-district");
        ProgrammeDriver programme = funds.createProgramme("panjin-2023", "盘锦“五社联动”(票据测试)",
                unique("ev-treasury"), city, "盘锦市民政局", today.getYear(), today.minusDays(30));
        programme.appropriate("100000.00", today.minusDays(30)).allocate(city, district, "双台子区民政局", "100000.00", today.minusDays(20));
        String organisation = funds.registerOrganisation("盘锦市益民社工中心");
        ContractDriver contract = programme.contract().fundedBy(district).with(organisation)
                .forCommunity("双台子区红旗街道胜利社区", "双台子区", today.getYear()).amount("50000.00")
                .budget("personnel", "50000.00").runs(today.minusDays(10), today.plusDays(300)).signedOn(today.minusDays(10))
                .sign();
        String contractor = funds.contractorOf(organisation).username();
        String otherContractor = funds.contractorOf(funds.registerOrganisation("盘锦市和美社工中心")).username();
        byte[] pdf = unique(PDF);

        Answer uploaded = upload(contractor, "CONTRACT", contract.id(), "劳务费发票.pdf", "application/pdf", pdf);

        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        String sha256 = uploaded.text("sha256");
        assertThat(fetch(contractor, "/api/evidence/" + sha256).body()).isEqualTo(pdf);
        assertThat(fetch(funds.officerOf(district).username(), "/api/evidence/" + sha256).body()).isEqualTo(pdf);
        assertThat(fetch(otherContractor, "/api/evidence/" + sha256).statusCode()).isEqualTo(403);
        assertThat(upload(otherContractor, "CONTRACT", contract.id(), "x.pdf", "application/pdf", unique(PDF)).status())
                .isEqualTo(403);
    }

    @Test
    void storedFilesCannotBeChangedOrRemoved() {
        String charity = registerCharity();
        String sha256 = upload(createUser("CHARITY_STAFF", charity), "CHARITY", charity, "a.pdf", "application/pdf",
                unique(PDF)).text("sha256");

        assertThat(refusedByDatabase("UPDATE evidence_file SET content = '\\x00' WHERE sha256 = '" + sha256 + "'")).isTrue();
        assertThat(refusedByDatabase("DELETE FROM evidence_file WHERE sha256 = '" + sha256 + "'")).isTrue();
    }

    // -----------------------------------------------------------------------------------------------------------------

    private boolean refusedByDatabase(String sql) {
        try {
            jdbc.sql(sql).update();
            return false;
        } catch (RuntimeException refused) {
            return String.valueOf(NestedExceptionUtils.getMostSpecificCause(refused).getMessage()).contains("append-only");
        }
    }

    private long storedFiles() {
        return jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single();
    }

    /** The same kind of file with different bytes, so each test stores its own. */
    private static byte[] unique(byte[] file) {
        byte[] tail = ("\n%" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        byte[] copy = new byte[file.length + tail.length];
        System.arraycopy(file, 0, copy, 0, file.length);
        System.arraycopy(tail, 0, copy, file.length, tail.length);
        return copy;
    }

    private Answer upload(String username, String kind, String scopeId, String filename, String contentType, byte[] content) {
        String boundary = "----evidence" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return anonymous(HttpRequest.newBuilder(uri("/api/evidence?scopeKind=" + kind + "&scopeId=" + scopeId))
                .header("Authorization", basic(username))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private java.net.http.HttpResponse<byte[]> fetch(String username, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", basic(username)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":correct-horse-battery").getBytes(StandardCharsets.UTF_8));
    }
}
