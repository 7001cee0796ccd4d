package org.fundtrail.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsCacheTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final MutableClock clock = new MutableClock();

    /** Stands in for BCrypt: slow, counts its calls, accepts one password. */
    private final AuthenticationProvider slowCheck = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private final VerifiedCredentialsCache cache = new VerifiedCredentialsCache(slowCheck, Duration.ofMinutes(2), clock);

    @Test
    void manyConcurrentRequestsWithOneExpiredEntryPayForOneCheck() throws Exception {
        List<Callable<Authentication>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> cache.authenticate(login("right")));
        }
        var pool = Executors.newFixedThreadPool(8);
        for (var result : pool.invokeAll(requests)) {
            assertThat(result.get().isAuthenticated()).isTrue();
            assertThat(result.get().getCredentials()).isNull();
        }
        pool.shutdown();
        assertThat(checks).hasValue(1);

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        cache.authenticate(login("right"));
        assertThat(checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        assertThatThrownBy(() -> cache.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(2);
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("admin", password);
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
