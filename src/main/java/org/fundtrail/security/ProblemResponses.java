package org.fundtrail.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import java.io.IOException;

/** 401 and 403 from the security filters, as problem+json like every other refusal, revealing nothing more. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"fundtrail\"");
        write(response, 401, "UNAUTHENTICATED", "sign in to do this");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        write(response, 403, "FORBIDDEN", "your role may not do this");
    }

    private static void write(HttpServletResponse response, int status, String code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"https://fundtrail.org/problems/%s","title":"%s","status":%d,"detail":"%s","code":"%s"}"""
                .formatted(code.toLowerCase().replace('_', '-'), code, status, detail, code));
    }
}
