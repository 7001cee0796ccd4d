package org.fundtrail.transparency;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages read through their own few connections: when readers hold all of them, a page says "come back"
 * (503, Retry-After) and a donation is recorded as quickly as ever through the main pool.
 */
class PublicReadIsolationIntegrationTest extends IntegrationTest {

    @Autowired
    PublicReadPool pool;

    @Test
    void withEveryPublicConnectionTakenPagesAskToComeBackAndDonationsAreStillRecorded() throws Exception {
        String fund = openFund(registerCharity());
        assertThat(pool.maximumPoolSize()).isEqualTo(4);
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < pool.maximumPoolSize(); i++) {
                taken.add(pool.dataSource().getConnection());
            }
            assertThat(jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'fundtrail-public'")
                    .query(Long.class).single()).isEqualTo(4);

            long started = System.nanoTime();
            Answer donation = donate(fund, unique("d"), "88.88", null);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(donation.status()).as(donation.body().toString()).isEqualTo(201);
            assertThat(took).as("recording does not wait for the public pool").isLessThan(Duration.ofSeconds(2));

            HttpResponse<String> page = anonymous(HttpRequest.newBuilder(uri("/public/funds/" + fund)).GET()).raw();
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(page.body()).contains("访问人数较多");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        awaitPublicModel();
        HttpResponse<String> page = anonymous(HttpRequest.newBuilder(uri("/public/funds/" + fund)).GET()).raw();
        assertThat(page.statusCode()).isEqualTo(200);
    }

    private void awaitPublicModel() throws InterruptedException {
        assertThat(projections.awaitCaughtUp("public-read-model", Duration.ofSeconds(60)).caughtUp()).isTrue();
    }
}
