package org.fundtrail.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a username and password were verified, so that an API client sending HTTP Basic
 * on every request pays for one BCrypt check (tens of milliseconds) rather than one per request. Keys are an HMAC of
 * the credentials under a random per-process key, so the cache never holds a password or a reusable hash of one.
 * A changed or disabled user is re-checked at the latest when the entry expires.
 */
class VerifiedCredentialsCache implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final Map<String, Object> inFlight = new ConcurrentHashMap<>();

    VerifiedCredentialsCache(AuthenticationProvider delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (authentication.getCredentials() == null) {
            return delegate.authenticate(authentication);
        }
        String cacheKey = hmac(authentication.getName() + "\u0000" + authentication.getCredentials());
        Entry entry = verified.get(cacheKey);
        if (entry != null && entry.expiresAt() > clock.millis()) {
            return entry.result();
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        // One BCrypt check per expiry, not one per waiting request: concurrent requests with the same credentials
        // wait for the first one's answer. The lock is per key, so other users are never held up by this one.
        Object lock = inFlight.computeIfAbsent(cacheKey, key -> new Object());
        try {
            synchronized (lock) {
                Entry current = verified.get(cacheKey);
                long now = clock.millis();
                if (current != null && current.expiresAt() > now) {
                    return current.result();
                }
                Authentication result = delegate.authenticate(authentication);
                UsernamePasswordAuthenticationToken withoutCredentials =
                        UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null, result.getAuthorities());
                verified.put(cacheKey, new Entry(withoutCredentials, now + ttl.toMillis()));
                return withoutCredentials;
            }
        } finally {
            inFlight.remove(cacheKey, lock);
        }
    }

    void forget() {
        verified.clear();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Entry(Authentication result, long expiresAt) {
    }
}
