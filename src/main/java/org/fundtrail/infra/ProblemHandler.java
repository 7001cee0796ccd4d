package org.fundtrail.infra;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal as RFC 9457 {@code application/problem+json}: a {@code type} per rule, the {@code code} of the rule
 * and the {@code field} at fault, so a client can show the message next to the right input.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://fundtrail.org/problems/";

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        return problem(HttpStatus.valueOf(e.code().httpStatus()), e.code().name(), e.field(), e.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        RuleViolation cause = findCause(e, RuleViolation.class);
        if (cause != null) {
            return ruleViolation(cause);
        }
        throw e;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badValue(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", null, e.getMessage());
    }

    @ExceptionHandler(IdempotentWrites.IdempotencyConflict.class)
    ResponseEntity<ProblemDetail> idempotencyConflict(IdempotentWrites.IdempotencyConflict e) {
        return problem(HttpStatus.CONFLICT, "ID_REUSED_WITH_DIFFERENT_REQUEST", "id", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "ALREADY_EXISTS", "id",
                "a record with this id already exists, or was changed at the same moment; read it and try again");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "no record " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", null, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", null, "you may not do this");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "rule", String.valueOf(error.getCode()),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        String detail = errors.stream().map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; "));
        ProblemDetail body = detail(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", errors.isEmpty() ? null : errors.get(0).get("field"), detail);
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        JsonMappingException mapping = findCause(e, JsonMappingException.class);
        String field = mapping == null ? null : mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String reason = readableReason(e, mapping);
        ProblemDetail body = detail(HttpStatus.BAD_REQUEST, "UNREADABLE_REQUEST", field,
                field == null ? reason : field + ": " + reason);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", e.getName(),
                "'" + e.getValue() + "' is not a valid " + e.getName());
    }

    private static String readableReason(HttpMessageNotReadableException e, JsonMappingException mapping) {
        IllegalArgumentException illegal = findCause(e, IllegalArgumentException.class);
        if (illegal != null && illegal.getMessage() != null) {
            return illegal.getMessage();
        }
        if (mapping instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName();
        }
        if (mapping instanceof ValueInstantiationException) {
            return "invalid value";
        }
        return mapping != null ? mapping.getOriginalMessage() : "the request body is not valid JSON";
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String field, String detail) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, code, field, detail));
    }

    private static ProblemDetail detail(HttpStatus status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(code);
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** A named thing does not exist (or the caller may not know that it does). */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
