package org.fundtrail.transparency;

import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.junit.jupiter.api.BeforeEach;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests over the whole public side: the {@link PrivateDataScenario} is seeded once into the shared
 * application context, and {@link #publicStartPaths()} names where a crawl starts (it finds the rest itself).
 */
abstract class PublicSiteTest extends IntegrationTest {

    private static PrivateDataScenario scenario;

    @BeforeEach
    void seedOnce() {
        synchronized (PublicSiteTest.class) {
            if (scenario == null) {
                PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
                scenario = PrivateDataScenario.seed(funds, registerCharity());
                awaitProjections();
                awaitPublicReadModel();
            }
        }
    }

    protected void awaitPublicReadModel() {
        try {
            assertThat(projections.awaitCaughtUp("public-read-model", Duration.ofSeconds(60)).caughtUp())
                    .as("the public read model caught up").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected PrivateDataScenario scenario() {
        return scenario;
    }

    /** The public entry points; pages and answers linked from them are found by the crawl. */
    protected List<String> publicStartPaths() {
        List<String> paths = new ArrayList<>(List.of("/public/", "/public/check", "/public/open-data",
                "/api/public/integrity/roots/latest", "/api/public/integrity/public-key", "/api/public/open-data"));
        for (int i = 0; i < scenario.receipts.size(); i++) {
            String query = "?receipt=" + URLEncoder.encode(scenario.receipts.get(i), StandardCharsets.UTF_8)
                    + "&amount=" + scenario.amounts.get(i);
            paths.add("/public/check" + query);
            paths.add("/api/public/donations/check" + query);
        }
        return paths;
    }
}
