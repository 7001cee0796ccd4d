package org.fundtrail.transparency;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Public pages carry HTTP caching: a repeat with the ETag costs a 304 and no body; errors and switches are not kept. */
class PublicHttpCachingIntegrationTest extends IntegrationTest {

    @Test
    void aRepeatedRequestWithTheEtagGetsNotModified() {
        HttpResponse<String> first = anonymous(HttpRequest.newBuilder(uri("/public/")).GET()).raw();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=30");
        assertThat(first.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Cookie"));
        assertThat(first.headers().firstValue("Pragma")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> repeat = anonymous(HttpRequest.newBuilder(uri("/public/")).header("If-None-Match", etag).GET()).raw();
        assertThat(repeat.statusCode()).isEqualTo(304);
        assertThat(repeat.body()).isEmpty();
        assertThat(repeat.headers().firstValue("Cache-Control")).hasValue("public, max-age=30");

        HttpResponse<String> stale = anonymous(HttpRequest.newBuilder(uri("/public/")).header("If-None-Match", "\"0-not-it\"").GET()).raw();
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("公开信息总览");
    }

    @Test
    void theEnglishPageHasItsOwnEtag() {
        HttpResponse<String> chinese = anonymous(HttpRequest.newBuilder(uri("/public/")).GET()).raw();
        HttpResponse<String> english = anonymous(HttpRequest.newBuilder(uri("/public/"))
                .header("Cookie", "fundtrail-lang=en").GET()).raw();
        assertThat(english.body()).contains("Public overview");
        assertThat(english.headers().firstValue("ETag")).isNotEqualTo(chinese.headers().firstValue("ETag"));
    }

    @Test
    void aLanguageSwitchSetsACookieAndIsNotStored() {
        HttpResponse<String> switched = anonymous(HttpRequest.newBuilder(uri("/public/?lang=en")).GET()).raw();
        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("fundtrail-lang="));
        assertThat(switched.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anUnknownRecordIsANotFoundPageThatIsNotCachedPublicly() {
        for (String path : List.of("/public/programmes/no-such-programme", "/public/contracts/no-such-contract",
                "/public/funds/no-such-fund", "/public/funds/%E5%BC%A0")) {
            HttpResponse<String> missing = anonymous(HttpRequest.newBuilder(uri(path)).GET()).raw();
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("未找到");
            assertThat(missing.headers().firstValue("Cache-Control").orElse("")).as(path).doesNotContain("public");
        }
    }

    @Test
    void publicPagesTakeNoWrites() {
        HttpResponse<String> post = anonymous(HttpRequest.newBuilder(uri("/public/")).POST(HttpRequest.BodyPublishers.noBody())).raw();
        assertThat(post.statusCode()).isEqualTo(403);
    }

    /** The cached fund page shows a new donation without any reader waiting for a rendering: it is refreshed on loopback. */
    @Test
    void aCachedPageIsRenderedAgainInTheBackgroundAndShowsWhatWasRecordedSince() throws Exception {
        String fund = openFund(registerCharity());
        assertThat(donate(fund, unique("d"), "11.11", null).status()).isEqualTo(201);
        awaitPublicModel();
        String path = "/public/funds/" + fund;
        assertThat(anonymous(java.net.http.HttpRequest.newBuilder(uri(path)).GET()).raw().body()).contains("11.11");

        assertThat(donate(fund, unique("d"), "7777.77", null).status()).isEqualTo(201);
        awaitPublicModel();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(40).toNanos();
        String body = "";
        while (!body.contains("7,777.77") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            body = anonymous(java.net.http.HttpRequest.newBuilder(uri(path)).GET()).raw().body();
        }
        assertThat(body).as("the page, refreshed in the background within its keep time (60 s)").contains("7,777.77");
    }

    private void awaitPublicModel() throws InterruptedException {
        assertThat(projections.awaitCaughtUp("public-read-model", java.time.Duration.ofSeconds(60)).caughtUp()).isTrue();
    }
}
