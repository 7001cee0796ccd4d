package org.fundtrail.organisation;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Contractor organisations through the HTTP API: registration, rating, debarment, and who may write them. */
class OrganisationApiIntegrationTest extends IntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void registersAnOrganisationAndReadsItBack() {
        String id = unique("org");
        String creditCode = creditCode();

        Answer registered = register(id, " 兴隆台区社会工作服务中心 ", creditCode);

        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(registered.raw().headers().firstValue("Location")).contains("/api/organisations/" + id);
        assertThat(registered.text("name")).isEqualTo("兴隆台区社会工作服务中心");
        Answer read = get("/api/organisations/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("creditCode")).isEqualTo(creditCode);
        assertThat(read.body().has("debarredUntil")).isFalse();
        assertThat(get("/api/organisations?limit=1000").body().findValuesAsText("id")).contains(id);
    }

    @Test
    void aRetriedRegistrationGetsTheSameAnswerAndRecordsNothingMore() {
        String id = unique("org");
        String creditCode = creditCode();
        Answer first = register(id, "大洼区社会工作服务中心", creditCode);

        Answer retry = register(id, "大洼区社会工作服务中心", creditCode);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(eventsOf("organisation:" + id)).isEqualTo(1);
    }

    @Test
    void aCreditCodeIsRegisteredOnce() {
        String creditCode = creditCode();
        assertThat(register(unique("org"), "双台子区社工中心", creditCode).status()).isEqualTo(201);
        String second = unique("org");

        Answer duplicate = register(second, "双台子区社工中心（重复）", creditCode);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("code")).isEqualTo("CREDIT_CODE_ALREADY_REGISTERED");
        assertThat(duplicate.text("field")).isEqualTo("creditCode");
        assertThat(eventsOf("organisation:" + second)).isZero();
        assertThat(get("/api/organisations/" + second).status()).isEqualTo(404);
    }

    @Test
    void aDebarmentIsReadBackAndALaterShorterOneDoesNotShortenIt() {
        String id = unique("org");
        register(id, "盘山县社会工作服务中心", creditCode());

        Answer debarred = post("/api/organisations/" + id + "/debarments", """
                {"until":"2029-11-20","reason":"骗取财政资金","reference":"contract C-7","effectiveDate":"2026-11-20"}""");
        Answer retried = post("/api/organisations/" + id + "/debarments", """
                {"until":"2029-11-20","reason":"骗取财政资金","reference":"contract C-7","effectiveDate":"2026-11-20"}""");
        Answer shorter = post("/api/organisations/" + id + "/debarments", """
                {"until":"2027-06-01","reason":"挪用项目资金","effectiveDate":"2026-11-25"}""");

        assertThat(debarred.status()).as(debarred.body().toString()).isEqualTo(200);
        assertThat(debarred.text("debarredUntil")).isEqualTo("2029-11-20");
        assertThat(retried.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(shorter.status()).as(shorter.body().toString()).isEqualTo(200);
        Answer read = get("/api/organisations/" + id);
        assertThat(read.text("debarredUntil")).isEqualTo("2029-11-20");
        assertThat(read.body().path("debarments").findValuesAsText("reason")).containsExactly("骗取财政资金", "挪用项目资金");
        assertThat(read.body().path("debarments").findValuesAsText("debarredUntil")).containsExactly("2029-11-20", "2029-11-20");
        assertThat(eventsOf("organisation:" + id)).isEqualTo(3);
    }

    @Test
    void aDebarmentMustEndAfterItStarts() {
        String id = unique("org");
        register(id, "盘山县社工中心", creditCode());

        Answer refused = post("/api/organisations/" + id + "/debarments", """
                {"until":"2026-11-20","reason":"骗取财政资金","effectiveDate":"2026-11-20"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("DEBARMENT_MUST_END_AFTER_IT_STARTS");
        assertThat(refused.text("field")).isEqualTo("until");
        assertThat(eventsOf("organisation:" + id)).isEqualTo(1);
    }

    @Test
    void theCurrentRatingIsTheLatestByEffectiveDate() {
        String id = unique("org");
        register(id, "大洼区社工中心", creditCode());

        Answer rated = post("/api/organisations/" + id + "/rating", """
                {"rating":"4A","effectiveDate":"2026-06-30"}""");
        Answer backDated = post("/api/organisations/" + id + "/rating", """
                {"rating":"3A","effectiveDate":"2021-06-30"}""");

        assertThat(rated.status()).as(rated.body().toString()).isEqualTo(200);
        assertThat(rated.text("rating")).isEqualTo("4A");
        assertThat(backDated.status()).isEqualTo(200);
        Answer read = get("/api/organisations/" + id);
        assertThat(read.text("rating")).isEqualTo("4A");
        assertThat(read.text("ratedOn")).isEqualTo("2026-06-30");
        assertThat(eventsOf("organisation:" + id)).isEqualTo(3);
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        String id = unique("org");

        assertThat(get("/api/organisations/" + id).status()).isEqualTo(404);
        assertThat(post("/api/organisations/" + id + "/rating", """
                {"rating":"5A"}""").status()).isEqualTo(404);
        assertThat(eventsOf("organisation:" + id)).isZero();
    }

    @Test
    void financeOfficersWriteOrganisations() {
        String officer = createFinanceOfficer();
        String id = unique("org");

        as(officer, PASSWORD);
        Answer registered = register(id, "兴隆台区社工中心", creditCode());
        Answer rated = post("/api/organisations/" + id + "/rating", """
                {"rating":"5A"}""");
        Answer debarred = post("/api/organisations/" + id + "/debarments", """
                {"until":"2099-01-01","reason":"严重失信"}""");

        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(rated.status()).as(rated.body().toString()).isEqualTo(200);
        assertThat(debarred.status()).as(debarred.body().toString()).isEqualTo(200);
        assertThat(debarred.text("debarredUntil")).isEqualTo("2099-01-01");
        assertThat(eventsOf("organisation:" + id)).isEqualTo(3);
    }

    @Test
    void charityStaffCannotWriteOrganisations() {
        String id = unique("org");
        register(id, "兴隆台区社工中心", creditCode());
        String staff = createUser("CHARITY_STAFF", registerCharity());
        String otherId = unique("org");

        as(staff, PASSWORD);
        Answer register = register(otherId, "慈善会自己的社工中心", creditCode());
        Answer rate = post("/api/organisations/" + id + "/rating", """
                {"rating":"5A"}""");
        Answer debar = post("/api/organisations/" + id + "/debarments", """
                {"until":"2029-01-01","reason":"严重失信"}""");

        assertThat(register.status()).isEqualTo(403);
        assertThat(rate.status()).isEqualTo(403);
        assertThat(debar.status()).isEqualTo(403);
        assertThat(eventsOf("organisation:" + id)).isEqualTo(1);
        assertThat(eventsOf("organisation:" + otherId)).isZero();
        assertThat(get("/api/organisations/" + id).status()).isEqualTo(200);
    }

    @Test
    void auditorsReadOrganisationsAndWriteNothing() {
        String id = unique("org");
        register(id, "盘锦市社工协会", creditCode());
        post("/api/organisations/" + id + "/debarments", """
                {"until":"2029-01-01","reason":"严重失信","effectiveDate":"2026-01-01"}""");
        String auditor = createUser("AUDITOR", null);

        as(auditor, PASSWORD);
        Answer one = get("/api/organisations/" + id);
        Answer all = get("/api/organisations?limit=1000");
        Answer write = post("/api/organisations/" + id + "/rating", """
                {"rating":"5A"}""");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("debarredUntil")).isEqualTo("2029-01-01");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().findValuesAsText("id")).contains(id);
        assertThat(write.status()).isEqualTo(403);
        assertThat(eventsOf("organisation:" + id)).isEqualTo(2);
    }

    /** A finance officer of a civil-affairs bureau (officers act for one bureau; any bureau may write organisations). */
    private String createFinanceOfficer() {
        String name = unique("officer");
        Answer answer = post("/api/admin/users", """
                {"username":"%s","password":"%s","role":"FINANCE_OFFICER","bureau":"panjin-civil-affairs"}"""
                .formatted(name, PASSWORD));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return name;
    }

    private Answer register(String id, String name, String creditCode) {
        return post("/api/organisations", """
                {"id":"%s","name":"%s","creditCode":"%s"}""".formatted(id, name, creditCode));
    }
}
