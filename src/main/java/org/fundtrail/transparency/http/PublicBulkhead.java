package org.fundtrail.transparency.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code permits} public pages and open-data answers are worked on at once. A reader beyond that waits up to
 * {@code wait} for a place and otherwise gets 503 with {@code Retry-After}: a crowd of readers queues here, in front of
 * the public pages, instead of taking the server threads and database time that recording donations and payments
 * needs.
 */
public class PublicBulkhead extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "2";

    private final Semaphore places;
    private final Duration wait;

    public PublicBulkhead(int permits, Duration wait) {
        this.places = new Semaphore(permits, true);
        this.wait = wait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            busy(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    /** Places free now (for tests and metrics). */
    public int available() {
        return places.availablePermits();
    }

    private static void busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("访问人数较多，请稍后再试。\nToo many readers at once; please try again in a moment.\n"
                .getBytes(StandardCharsets.UTF_8));
    }
}
