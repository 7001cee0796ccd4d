package org.fundtrail.audit.balances;

import org.fundtrail.IntegrationTest;
import org.fundtrail.audit.PostingFixtures;
import org.fundtrail.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Balances on both clocks over postings written straight into the journal: A effective 2026-03-01 recorded
 * 2026-03-02, and B back-dated, effective 2026-02-15 but recorded only on 2026-04-10.
 */
class TrialBalanceIntegrationTest extends IntegrationTest {

    private static final Instant A_RECORDED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant B_RECORDED = Instant.parse("2026-04-10T02:00:00Z");

    @Autowired
    TrialBalance trialBalance;

    private PostingFixtures postings;
    private String fund;
    private String pool;
    private String treasury;

    @BeforeEach
    void accounts() {
        postings = new PostingFixtures(jdbc);
        // an underscore: a prefix whose LIKE forgot to escape it would also match the look-alike fund below
        fund = "tb_" + UUID.randomUUID().toString().substring(0, 8);
        pool = "fund:" + fund + ":unrestricted";
        treasury = "treasury:" + fund;
    }

    @AfterEach
    void removeThePostings() {
        postings.removeAll();
    }

    private void postAAndTheBackDatedB() {
        postings.post(pool, treasury, "100.00", "2026-03-01", A_RECORDED, "APPROPRIATION", "A");
        postings.post(pool, treasury, "30.00", "2026-02-15", B_RECORDED, "APPROPRIATION", "B");
    }

    private Money balance(String account, String asOf, Instant knownAt) {
        return trialBalance.balanceOf(account, new BothClocks(LocalDate.parse(asOf), knownAt)).balance();
    }

    @Test
    void aBackDatedEntryChangesTheEffectiveDateViewAndNotWhatWasKnownBeforeItWasRecorded() {
        postAAndTheBackDatedB();
        Instant now = Instant.now();

        // as it was known on 1 April: only A
        assertThat(balance(pool, "2026-03-31", Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo(Money.parse("100.00"));
        // as known now: B, back-dated to February, is in March's balance too
        assertThat(balance(pool, "2026-03-31", now)).isEqualTo(Money.parse("130.00"));
        assertThat(balance(treasury, "2026-03-31", now)).isEqualTo(Money.parse("-130.00"));
        // on 20 February only B was effective, and only once it had been recorded
        assertThat(balance(pool, "2026-02-20", B_RECORDED.minusSeconds(1))).isEqualTo(Money.ZERO);
        assertThat(balance(pool, "2026-02-20", B_RECORDED)).isEqualTo(Money.parse("30.00"));
        assertThat(balance(pool, "2026-02-20", now)).isEqualTo(Money.parse("30.00"));
        // before anything was effective, or anything known
        assertThat(balance(pool, "2026-02-14", now)).isEqualTo(Money.ZERO);
        assertThat(balance(pool, "2026-12-31", A_RECORDED.minusMillis(1))).isEqualTo(Money.ZERO);

        TrialBalance.AccountBalance then = trialBalance.balanceOf(pool,
                new BothClocks(LocalDate.parse("2026-03-31"), Instant.parse("2026-04-01T00:00:00Z")));
        assertThat(then.kind()).isEqualTo("fund-pool");
        assertThat(then.debits()).isEqualTo(Money.parse("100.00"));
        assertThat(then.credits()).isEqualTo(Money.ZERO);
        assertThat(then.postings()).isEqualTo(1);
    }

    @Test
    void theTrialBalanceListsEveryAccountWithItsKindAndItsTotalsBalance() {
        postAAndTheBackDatedB();
        String lookAlike = "fund:" + fund.replace('_', 'X') + ":unrestricted";
        postings.post(lookAlike, treasury, "5.00", "2026-03-01", A_RECORDED, "APPROPRIATION", "C");

        TrialBalance.Report whole = trialBalance.report(BothClocks.of(null, null, java.time.Clock.systemUTC()), "");
        assertThat(whole.balanced()).isTrue();
        assertThat(whole.totalDebits()).isEqualTo(whole.totalCredits());
        assertThat(whole.sumOfBalances()).isEqualTo(Money.ZERO);
        assertThat(whole.accountCount()).isEqualTo(whole.accounts().size());
        assertThat(whole.accounts()).contains(
                new TrialBalance.Line(pool, "fund-pool", Money.parse("130.00"), Money.ZERO, Money.parse("130.00")),
                new TrialBalance.Line(treasury, "treasury", Money.ZERO, Money.parse("135.00"), Money.parse("-135.00")));

        TrialBalance.Report known = trialBalance.report(
                new BothClocks(LocalDate.parse("2026-03-31"), Instant.parse("2026-04-01T00:00:00Z")), "fund:" + fund);
        assertThat(known.accounts()).containsExactly(
                new TrialBalance.Line(pool, "fund-pool", Money.parse("100.00"), Money.ZERO, Money.parse("100.00")));
        // one side of each posting only: a prefix's totals need not balance, and the report says so
        assertThat(known.balanced()).isFalse();
        assertThat(known.totalDebits()).isEqualTo(Money.parse("100.00"));

        TrialBalance.Report bothSides = trialBalance.report(
                new BothClocks(LocalDate.parse("2026-03-31"), Instant.parse("2026-04-01T00:00:00Z")), "");
        assertThat(bothSides.balanced()).isTrue();
        assertThat(bothSides.accounts()).doesNotContain(
                new TrialBalance.Line(pool, "fund-pool", Money.parse("130.00"), Money.ZERO, Money.parse("130.00")));
    }

    @Test
    void theEndpointsAnswerAnAuditorOnBothClocks() {
        postAAndTheBackDatedB();
        as(createUser("AUDITOR", null), "correct-horse-battery");

        Answer then = get("/api/audit/accounts/" + pool + "/balance?asOf=2026-03-31&knownAt=2026-04-01T00:00:00Z");
        Answer nowKnown = get("/api/audit/accounts/" + pool + "/balance?asOf=2026-03-31");
        Answer offset = get("/api/audit/accounts/" + pool + "/balance?asOf=2026-02-20&knownAt="
                + URLEncoder.encode("2026-04-10T10:00:00+08:00", StandardCharsets.UTF_8));
        Answer trial = get("/api/audit/trial-balance?asOf=2026-03-31&knownAt=2026-04-01T00:00:00Z&prefix="
                + URLEncoder.encode("fund:" + fund, StandardCharsets.UTF_8));

        assertThat(then.status()).as(then.body().toString()).isEqualTo(200);
        assertThat(then.text("balance")).isEqualTo("100.00");
        assertThat(then.text("kind")).isEqualTo("fund-pool");
        assertThat(then.text("asOf")).isEqualTo("2026-03-31");
        assertThat(nowKnown.text("balance")).isEqualTo("130.00");
        // 10:00 in Beijing is 02:00 UTC: exactly when B was recorded
        assertThat(offset.text("balance")).isEqualTo("30.00");
        assertThat(trial.status()).as(trial.body().toString()).isEqualTo(200);
        assertThat(trial.body().path("accounts")).hasSize(1);
        assertThat(trial.body().path("accounts").get(0).path("debits").asText()).isEqualTo("100.00");
        assertThat(trial.body().path("accounts").get(0).path("kind").asText()).isEqualTo("fund-pool");
        assertThat(trial.text("totalDebits")).isEqualTo("100.00");
        assertThat(trial.text("knownAt")).isEqualTo("2026-04-01T00:00:00Z");
    }

    @Test
    void aKnownAtThatIsNotAnInstantIsA400AndStrangersGetNothing() {
        Answer bad = get("/api/audit/trial-balance?knownAt=yesterday");
        Answer badDate = get("/api/audit/trial-balance?asOf=31.03.2026");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("code")).isEqualTo("INVALID_VALUE");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(anonymous(HttpRequest.newBuilder(uri("/api/audit/trial-balance")).GET()).status()).isEqualTo(401);
    }
}
