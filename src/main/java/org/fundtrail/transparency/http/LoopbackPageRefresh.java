package org.fundtrail.transparency.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Renders a public page again by asking this server for it on loopback, marked as a refresh, without waiting for the
 * answer: the page goes through the same filters, security and templates as a reader's request, and the cache keeps
 * what comes back. A refresh that fails leaves the older page in place until it expires.
 */
class LoopbackPageRefresh implements PublicPageCache.PageRefresh {

    private static final Logger log = LoggerFactory.getLogger(LoopbackPageRefresh.class);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public void request(int port, String pathAndQuery, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header(PublicPageCache.REFRESH_HEADER, "1")
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (!language.isEmpty()) {
            request.header("Cookie", "fundtrail-lang=" + language);
        }
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((answer, failure) -> {
                    if (failure != null) {
                        log.debug("refreshing {} failed; the cached page stays until it expires", pathAndQuery, failure);
                    }
                });
    }
}
