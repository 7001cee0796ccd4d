package org.fundtrail.journal;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalRebuildIntegrationTest extends IntegrationTest {

    @Autowired
    JournalQueries journal;

    @Test
    void rebuildingTheJournalFromTheEventsGivesTheIdenticalPostings() throws Exception {
        String fund = openFund(registerCharity());
        for (int i = 0; i < 20; i++) {
            assertThat(donate(fund, unique("d"), (i + 1) + ".25", i % 2 == 0 ? "elderly" : null).status()).isEqualTo(201);
        }
        awaitProjections();
        List<String> before = journal.fingerprintLines();
        assertThat(before).isNotEmpty();

        Answer rebuild = post("/api/admin/projections/journal/rebuild", "");
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(projections.awaitCaughtUp("journal", Duration.ofSeconds(60)).caughtUp()).isTrue();

        assertThat(journal.fingerprintLines()).isEqualTo(before);
        Answer check = get("/api/journal/rebuild-check");
        assertThat(check.body().path("identical").asBoolean()).as(check.body().toString()).isTrue();
        assertThat(check.body().path("postingsLive").asLong()).isEqualTo(before.size());
        assertThat(journal.conservation(java.time.LocalDate.now()).ok()).isTrue();
    }

    @Test
    void theRebuildCheckFindsAPostingThatDoesNotMatchTheEvents() {
        String fund = openFund(registerCharity());
        String donation = unique("d");
        donate(fund, donation, "12.34", null);
        awaitProjections();
        String eventId = jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ?")
                .param("donation:" + donation).query(String.class).single();
        try {
            jdbc.sql("UPDATE posting SET amount = 1235 WHERE event_id = ?").param(eventId).update();

            Answer check = get("/api/journal/rebuild-check");

            assertThat(check.body().path("identical").asBoolean()).isFalse();
            assertThat(check.body().path("differences").findValuesAsText("eventId")).contains(eventId);
        } finally {
            jdbc.sql("UPDATE posting SET amount = 1234 WHERE event_id = ?").param(eventId).update();
        }
    }

    @Test
    void aRebuildReportsWhereTheLiveReadModelHadDriftedFromTheEvents() {
        String fund = openFund(registerCharity());
        donate(fund, unique("d"), "10.00", null);
        awaitProjections();
        jdbc.sql("UPDATE fund_view SET name = '被改过的名字' WHERE fund_id = ?").param(fund).update();

        Answer report = post("/api/admin/projections/fund-read-model/rebuild-and-compare", "");

        assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
        assertThat(report.body().path("identical").asBoolean()).isFalse();
        var fundView = java.util.stream.StreamSupport.stream(report.body().path("tables").spliterator(), false)
                .filter(t -> t.path("table").asText().equals("fund_view")).findFirst().orElseThrow();
        assertThat(fundView.path("onlyLive").asLong()).isEqualTo(1);
        assertThat(fundView.path("sampleOnlyLive").get(0).asText()).contains("被改过的名字");
        assertThat(fundView.path("sampleOnlyRebuilt").get(0).asText()).contains("友谊路街道社区基金");
        assertThat(jdbc.sql("SELECT name FROM fund_view WHERE fund_id = ?").param(fund).query(String.class).single())
                .isEqualTo("友谊路街道社区基金");

        Answer again = post("/api/admin/projections/fund-read-model/rebuild-and-compare", "");
        assertThat(again.body().path("identical").asBoolean()).as(again.body().toString()).isTrue();
    }

    @Test
    void onlyAnAdminMayRebuild() {
        String charity = registerCharity();
        as(createUser("AUDITOR", null), "correct-horse-battery");
        assertThat(post("/api/admin/projections/journal/rebuild", "").status()).isEqualTo(403);
        as(createUserAsAdmin("CHARITY_STAFF", charity), "correct-horse-battery");
        assertThat(post("/api/admin/projections/journal/rebuild", "").status()).isEqualTo(403);
    }

    private String createUserAsAdmin(String role, String charity) {
        as(ADMIN, ADMIN_PASSWORD);
        return createUser(role, charity);
    }
}
