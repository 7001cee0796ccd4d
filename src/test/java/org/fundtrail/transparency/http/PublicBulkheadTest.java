package org.fundtrail.transparency.http;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PublicBulkheadTest {

    @Test
    void aReaderBeyondThePlacesWaitsBrieflyThenGets503WithRetryAfter() throws Exception {
        PublicBulkhead bulkhead = new PublicBulkhead(1, Duration.ofMillis(100));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MockHttpServletResponse firstResponse = new MockHttpServletResponse();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                bulkhead.doFilter(new MockHttpServletRequest("GET", "/public/"), firstResponse, (req, res) -> {
                    inside.countDown();
                    await(release);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        long started = System.nanoTime();
        bulkhead.doFilter(new MockHttpServletRequest("GET", "/public/"), refused,
                (req, res) -> { throw new AssertionError("a reader beyond the places must not reach the page"); });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getHeader("Cache-Control")).isEqualTo("no-store");

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(firstResponse.getStatus()).isEqualTo(200);
        assertThat(bulkhead.available()).as("the place is given back").isEqualTo(1);

        MockHttpServletResponse admitted = new MockHttpServletResponse();
        bulkhead.doFilter(new MockHttpServletRequest("GET", "/public/"), admitted, (req, res) -> { });
        assertThat(admitted.getStatus()).isEqualTo(200);
    }

    @Test
    void aPlaceIsGivenBackWhenThePageFails() {
        PublicBulkhead bulkhead = new PublicBulkhead(1, Duration.ofMillis(10));
        try {
            bulkhead.doFilter(new MockHttpServletRequest("GET", "/public/"), new MockHttpServletResponse(),
                    (req, res) -> { throw new IllegalStateException("page failed"); });
        } catch (Exception expected) {
            assertThat(expected).hasMessageContaining("page failed");
        }
        assertThat(bulkhead.available()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
