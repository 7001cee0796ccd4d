package org.fundtrail.fund;

import org.springframework.http.ResponseEntity;

/**
 * The outcome of an idempotent write: what it produced, for a page to show, and the answer as the API gives it
 * (with {@code Idempotent-Replayed} when the same request came before and nothing was recorded again).
 */
public record Recorded<T>(T result, ResponseEntity<Object> answer) {
}
