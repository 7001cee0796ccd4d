package org.fundtrail.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a write safe to retry. The write, the events it causes and the record of its answer commit in one
 * transaction; the same key again with the same request gets the recorded answer and changes nothing; the same key
 * with a different request is a conflict.
 */
@Component
public class IdempotentWrites {

    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper canonical;
    private final ObjectMapper json;

    IdempotentWrites(JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * @param key     what the client named: e.g. {@code donation:D-1} (one key per thing a client can create or do)
     * @param request the parsed request, including anything from the path that changes its meaning
     * @param write   sends the command(s) and returns the answer; runs only if the key is new
     */
    public ResponseEntity<Object> execute(String key, Object request, Supplier<ResponseEntity<?>> write) {
        String fingerprint = fingerprint(request);
        Optional<ResponseEntity<Object>> earlier = replay(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    ResponseEntity<?> answer = write.get();
                    String body = toJson(answer.getBody());
                    jdbc.sql("INSERT INTO idempotent_request (request_key, fingerprint, status, response) VALUES (?, ?, ?, ?)")
                            .params(key, fingerprint, answer.getStatusCode().value(), body)
                            .update();
                    return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body((Object) answer.getBody());
                });
            } catch (RuntimeException e) {
                // A concurrent twin may have committed first (duplicate event stream or key): answer as it did.
                Optional<ResponseEntity<Object>> twin = replay(key, fingerprint);
                if (twin.isPresent()) {
                    return twin.get();
                }
                // Axon releases an aggregate's lock when its unit of work ends, before this transaction commits, so
                // two writes to one aggregate can both decide on the same version; the loser's append hits the
                // store's unique key. Deciding again on the now-committed state is always safe.
                if (attempt < MAX_ATTEMPTS && isConcurrencyConflict(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    private static boolean isConcurrencyConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private Optional<ResponseEntity<Object>> replay(String key, String fingerprint) {
        return jdbc.sql("SELECT fingerprint, status, response FROM idempotent_request WHERE request_key = ?")
                .param(key)
                .query((rs, n) -> {
                    if (!rs.getString(1).equals(fingerprint)) {
                        throw new IdempotencyConflict(key);
                    }
                    return ResponseEntity.status(HttpStatus.valueOf(rs.getInt(2)))
                            .header("Idempotent-Replayed", "true")
                            .body((Object) readTree(rs.getString(3)));
                })
                .optional();
    }

    private String fingerprint(Object request) {
        try {
            byte[] bytes = canonical.writeValueAsBytes(canonical.valueToTree(request));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record response", e);
        }
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read recorded response", e);
        }
    }

    /** The key was used before for a different request. */
    public static class IdempotencyConflict extends RuntimeException {
        public IdempotencyConflict(String key) {
            super("'" + key + "' was already used for a different request; use a new id for a new request");
        }
    }
}
