package org.fundtrail.transparency.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Repeats of a public page are served from the few seconds' cache, exactly as first rendered; nothing else is. */
class PublicPageCacheTest {

    private final AtomicInteger rendered = new AtomicInteger();
    private final java.util.List<String> refreshes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final PublicPageCache cache = new PublicPageCache(Duration.ofMinutes(1), Duration.ofMinutes(5), 100, 1024,
            (port, pathAndQuery, language) -> refreshes.add(language + " " + pathAndQuery));

    private final FilterChain page = (request, response) -> {
        int n = rendered.incrementAndGet();
        HttpServletResponse http = (HttpServletResponse) response;
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader("Content-Security-Policy", "default-src 'self'");
        http.setHeader("ETag", "\"v" + n + "\"");
        http.getOutputStream().write(("总览 " + n).getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void aRepeatIsServedWithoutRenderingWithTheSameBodyAndHeaders() throws Exception {
        MockHttpServletResponse first = get("/public/", null);
        MockHttpServletResponse second = get("/public/", null);

        assertThat(rendered).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(second.getContentType()).startsWith("text/html");
    }

    @Test
    void eachLanguageAndEachAddressHasItsOwnPage() throws Exception {
        get("/public/", null);
        get("/public/", "en");
        get("/public/programmes/p-1", null);
        get("/public/", "en");

        assertThat(rendered).hasValue(3);
    }

    @Test
    void aCrowdArrivingTogetherWaitsForOneRendering() throws Exception {
        java.util.concurrent.CountDownLatch renderingStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        FilterChain slowPage = (request, response) -> {
            renderingStarted.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            page.doFilter(request, response);
        };
        java.util.concurrent.ExecutorService crowd = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            java.util.List<java.util.concurrent.Future<MockHttpServletResponse>> answers = new java.util.ArrayList<>();
            answers.add(crowd.submit(() -> get("/public/", null, slowPage)));
            renderingStarted.await();
            for (int i = 0; i < 4; i++) {
                answers.add(crowd.submit(() -> get("/public/", null, slowPage)));
            }
            Thread.sleep(200);
            finish.countDown();
            for (var answer : answers) {
                assertThat(answer.get().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("总览 1");
            }
        } finally {
            crowd.shutdownNow();
        }
        assertThat(rendered).hasValue(1);
    }

    @Test
    void anAgeingPageIsStillServedAndRenderedAgainOnceInTheBackground() throws Exception {
        PublicPageCache ageing = new PublicPageCache(Duration.ZERO, Duration.ofMinutes(5), 100, 1024,
                (port, pathAndQuery, language) -> refreshes.add(language + " " + pathAndQuery));
        ageing.doFilter(request("/public/", "en"), new MockHttpServletResponse(), page);

        MockHttpServletResponse stale = new MockHttpServletResponse();
        ageing.doFilter(request("/public/", "en"), stale, page);
        ageing.doFilter(request("/public/", "en"), new MockHttpServletResponse(), page);

        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("总览 1");
        assertThat(refreshes).as("one refresh however many readers find it old").containsExactly("en /public/");

        MockHttpServletRequest refresh = request("/public/", "en");
        refresh.addHeader(PublicPageCache.REFRESH_HEADER, "1");
        refresh.setRemoteAddr("127.0.0.1");
        ageing.doFilter(refresh, new MockHttpServletResponse(), page);
        MockHttpServletResponse fresh = new MockHttpServletResponse();
        ageing.doFilter(request("/public/", "en"), fresh, page);

        assertThat(fresh.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("总览 2");
        assertThat(rendered).hasValue(2);
    }

    @Test
    void onlyThisServerItselfCanAskForARefresh() throws Exception {
        get("/public/", null);
        MockHttpServletRequest outsider = request("/public/", null);
        outsider.addHeader(PublicPageCache.REFRESH_HEADER, "1");
        outsider.setRemoteAddr("203.0.113.7");
        MockHttpServletResponse answer = new MockHttpServletResponse();
        cache.doFilter(outsider, answer, page);

        assertThat(rendered).hasValue(1);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("总览 1");
    }

    @Test
    void aRepeatWithTheCachedEtagGetsNotModified() throws Exception {
        get("/public/", null);
        MockHttpServletRequest request = request("/public/", null);
        request.addHeader("If-None-Match", "\"v1\"");
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, page);

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void languageSwitchesErrorsCookiesAndTheDonationCheckAreNeverKept() throws Exception {
        MockHttpServletRequest switching = request("/public/", null);
        switching.setParameter("lang", "en");
        cache.doFilter(switching, new MockHttpServletResponse(), page);
        cache.doFilter(switching, new MockHttpServletResponse(), page);
        assertThat(rendered).hasValue(2);

        FilterChain missing = (request, response) -> {
            rendered.incrementAndGet();
            ((HttpServletResponse) response).sendError(404);
        };
        cache.doFilter(request("/public/contracts/none", null), new MockHttpServletResponse(), missing);
        cache.doFilter(request("/public/contracts/none", null), new MockHttpServletResponse(), missing);
        assertThat(rendered).hasValue(4);

        get("/public/check", null);
        get("/public/check", null);
        assertThat(rendered).hasValue(6);
    }

    private MockHttpServletResponse get(String path, String language) throws Exception {
        return get(path, language, page);
    }

    private MockHttpServletResponse get(String path, String language, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request(path, language), response, chain);
        return response;
    }

    private static MockHttpServletRequest request(String path, String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (language != null) {
            request.setCookies(new Cookie("fundtrail-lang", language));
        }
        return request;
    }
}
