package org.fundtrail.transparency;

import org.fundtrail.transparency.PublicSiteCrawler.Fetched;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public side needs no login and takes no writes; the staff side cannot be reached from it. Every path comes from
 * a crawl of the public side, so pages added later are held to the same rules.
 */
class PublicAccessTest extends PublicSiteTest {

    private static final String DONATION = """
            {"id":"sneaky","donor":{"kind":"INDIVIDUAL","name":"某人","anonymous":false,"consentToPublishName":false},
             "channel":"CASH","amount":"1.00","effectiveDate":"2026-11-20"}""";

    @Test
    void everyPublicPageAndAnswerOpensWithoutALogin() {
        List<Fetched> site = site().fetched();
        assertThat(site).hasSizeGreaterThan(publicStartPaths().size());
        assertThat(site).allSatisfy(page -> assertThat(page.status())
                .as("GET %s (linked from %s)", page.path(), page.from()).isEqualTo(200));
    }

    @Test
    void writesToThePublicSideAreRefusedAndRecordNothing() {
        // one page of each kind: what refuses a write is the route, not the record behind it
        Map<String, String> byKind = new LinkedHashMap<>();
        site().fetched().forEach(page -> byKind.putIfAbsent(PublicSiteCrawler.kindOf(page.path().replaceFirst("[?#].*$", "")),
                page.path()));
        Set<String> paths = new LinkedHashSet<>(byKind.values());
        paths.addAll(List.of("/public/funds/" + scenario().fundId + "/donations", "/api/public/funds/" + scenario().fundId
                + "/donations", "/api/public/donations", "/public/check"));
        awaitProjections();
        long events = eventCount();
        List<String> accepted = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(DONATION));
                int status = anonymous(request).status();
                if (status < 400 || status >= 500) {
                    accepted.add(method + " " + path + " → " + status);
                }
            }
        }
        assertThat(accepted).as("writes not refused with 4xx").isEmpty();
        assertThat(eventCount()).as("events after %s refused writes", paths.size() * 4).isEqualTo(events);
    }

    @Test
    void theStaffSideIsNotReachableFromThePublicSide() {
        for (String page : List.of("/app", "/app/funds", "/app/audit", "/app/programmes")) {
            Answer answer = anonymous(HttpRequest.newBuilder(uri(page)).GET());
            assertThat(answer.status()).as("GET %s", page).isEqualTo(302);
            assertThat(answer.raw().headers().firstValue("Location")).as("GET %s", page)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        for (String api : List.of("/api/funds", "/api/funds/" + scenario().fundId + "/donations",
                "/api/contracts/" + scenario().contractId, "/api/audit/integrity")) {
            assertThat(anonymous(HttpRequest.newBuilder(uri(api)).GET()).status()).as("GET %s", api).isEqualTo(401);
        }

        assertThat(site().linksSeen()).as("links found on the public side").isNotEmpty()
                .noneMatch(link -> link.startsWith("/app"))
                .noneMatch(link -> link.startsWith("/api") && !link.startsWith("/api/public/"));
    }
}
