package org.fundtrail.transparency;

import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.junit.jupiter.api.BeforeEach;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
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
    private static PublicSiteCrawler site;

    @BeforeEach
    void seedOnce() {
        synchronized (PublicSiteTest.class) {
            if (scenario == null) {
                PublicFundsDriver funds = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
                scenario = PrivateDataScenario.seed(funds, registerCharity());
                awaitProjections();
                awaitPublicReadModel();
                awaitProofsOfEverySeededGift();
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

    /**
     * The donation checks carry proofs (and a cash gift's event content) only once a published root covers the gifts:
     * wait for that, so the crawl reads the proofs, not "pending".
     */
    private void awaitProofsOfEverySeededGift() {
        for (String path : checkPaths("/api/public/donations/check")) {
            PublicFundsDriver.await("a published root covering " + path, Duration.ofSeconds(60),
                    () -> anonymous(HttpRequest.newBuilder(uri(path)).GET()).body().path("donation").path("inclusion"),
                    inclusion -> inclusion.path("status").asText().equals("INCLUDED"));
        }
    }

    /** The public side as crawled once after seeding (the tests only read it, so they share it). */
    protected PublicSiteCrawler site() {
        synchronized (PublicSiteTest.class) {
            if (site == null) {
                PublicSiteCrawler crawler = new PublicSiteCrawler(port);
                crawler.crawl(publicStartPaths());
                site = crawler;
            }
            return site;
        }
    }

    /** {@code path?receipt=…&amount=…} for every seeded gift. */
    protected List<String> checkPaths(String path) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < scenario.receipts.size(); i++) {
            paths.add(path + "?receipt=" + URLEncoder.encode(scenario.receipts.get(i), StandardCharsets.UTF_8)
                    + "&amount=" + scenario.amounts.get(i));
        }
        return paths;
    }

    protected PrivateDataScenario scenario() {
        return scenario;
    }

    /** The public entry points; pages and answers linked from them are found by the crawl. */
    protected List<String> publicStartPaths() {
        List<String> paths = new ArrayList<>(List.of("/public/", "/public/check", "/public/open-data",
                "/api/public/integrity/roots/latest", "/api/public/integrity/public-key", "/api/public/open-data"));
        paths.addAll(checkPaths("/public/check"));
        paths.addAll(checkPaths("/api/public/donations/check"));
        return paths;
    }
}
