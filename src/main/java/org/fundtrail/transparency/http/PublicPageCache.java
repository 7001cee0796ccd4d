package org.fundtrail.transparency.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps each rendered public answer for a few seconds and serves repeats of it as they are, headers included, before
 * any other work: no bulkhead place, no security chain, no query, no template. A crowd reading the overview then
 * costs the server almost nothing, so it cannot take CPU that recording needs; the facts are a few seconds old anyway
 * (the read model follows the events, and {@code Cache-Control} already lets browsers keep them for longer).
 * <p>
 * Pages only ({@code /public/**}): the open-data downloads under {@code /api/public} are streamed from a cursor and
 * are not held in memory. Only plain reads are kept: GET, status 200, no cookie set, not a language switch, not the donation check (one
 * donor's answer), not larger than {@code maxBytes}. The key is the address with its query and the reader's language.
 * <p>
 * Refreshed ahead: a page older than {@code refreshAfter} is still served, and the first reader to find it so starts
 * one rendering of it in the background ({@link PageRefresh}: a request to this server on loopback, marked so that it
 * renders rather than reads the cache). Readers then almost never wait for a rendering; a page nobody asks for is
 * dropped after {@code keep}.
 */
class PublicPageCache extends OncePerRequestFilter {

    private static final String LANGUAGE_COOKIE = "fundtrail-lang";

    static final String REFRESH_HEADER = "X-Fundtrail-Page-Refresh";

    record Page(String contentType, List<Map.Entry<String, String>> headers, byte[] body, String etag, long renderedAt) {
    }

    /** Asks for a page to be rendered again, away from any reader's request. */
    interface PageRefresh {
        void request(int port, String pathAndQuery, String language);
    }

    private final Cache<String, Page> pages;
    private final Map<String, CompletableFuture<Page>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final Duration awaitRendering = Duration.ofSeconds(2);
    private final long refreshAfterNanos;
    private final int maxBytes;
    private final PageRefresh refresh;

    PublicPageCache(Duration refreshAfter, Duration keep, int maxPages, int maxBytes, PageRefresh refresh) {
        this.pages = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(maxPages).build();
        this.refreshAfterNanos = refreshAfter.toNanos();
        this.maxBytes = maxBytes;
        this.refresh = refresh;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || request.getParameter("lang") != null
                || path.startsWith("/public/check") || path.startsWith("/api/public/donations/check");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = keyOf(request);
        if (isRefresh(request)) {
            try {
                render(request, response, chain, key);
            } finally {
                refreshing.remove(key);
            }
            return;
        }
        Page page = pages.getIfPresent(key);
        if (page != null) {
            if (System.nanoTime() - page.renderedAt() > refreshAfterNanos && refreshing.add(key)) {
                refresh.request(request.getLocalPort(), pathAndQuery(request), languageOf(request));
            }
            replay(page, request, response);
            return;
        }
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> rendering = inFlight.putIfAbsent(key, mine);
        if (rendering != null) {
            // a crowd arriving as a page expires waits for one rendering of it rather than each rendering its own
            Page same = awaitQuietly(rendering);
            if (same != null) {
                replay(same, request, response);
                return;
            }
            render(request, response, chain, key);
            return;
        }
        try {
            mine.complete(render(request, response, chain, key));
        } catch (IOException | ServletException | RuntimeException e) {
            mine.complete(null);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws IOException, ServletException {
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        if (request.isAsyncStarted()) {
            // a streamed answer would be written to the recording after this returns, and never reach the reader
            throw new IllegalStateException("the public page cache takes rendered pages only, not the streamed "
                    + request.getRequestURI() + "; leave it out of the cache's paths");
        }
        Page rendered = keepable(recording);
        if (rendered != null) {
            pages.put(key, rendered);
        }
        recording.copyBodyToResponse();
        return rendered;
    }

    private Page awaitQuietly(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(awaitRendering.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private Page keepable(ContentCachingResponseWrapper recording) {
        if (recording.getStatus() != HttpServletResponse.SC_OK || recording.containsHeader(HttpHeaders.SET_COOKIE)
                || recording.getContentSize() == 0 || recording.getContentSize() > maxBytes) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : recording.getHeaderNames()) {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                recording.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return new Page(recording.getContentType(), List.copyOf(headers), recording.getContentAsByteArray(),
                recording.getHeader(HttpHeaders.ETAG), System.nanoTime());
    }

    private static void replay(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (page.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** A refresh this server asked itself for: only from loopback, so an outside reader cannot skip the cache. */
    private static boolean isRefresh(HttpServletRequest request) {
        if (request.getHeader(REFRESH_HEADER) == null) {
            return false;
        }
        String from = request.getRemoteAddr();
        return "127.0.0.1".equals(from) || "0:0:0:0:0:0:0:1".equals(from) || "::1".equals(from);
    }

    private static String keyOf(HttpServletRequest request) {
        return languageOf(request) + " " + pathAndQuery(request);
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String languageOf(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "";
    }
}
