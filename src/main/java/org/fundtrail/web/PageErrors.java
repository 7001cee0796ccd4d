package org.fundtrail.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.fundtrail.infra.ProblemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.ErrorResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals on pages are pages: 403 for a record the user may not see (the same whether or not it exists elsewhere
 * in the ledger), 404 for one that does not exist. A form's rule violations are shown next to the field by the
 * controller itself ({@link FormErrors}); what reaches here is what no form can fix.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    @ExceptionHandler({ProblemHandler.NotFound.class, AggregateNotFoundException.class})
    String notFound(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    /** Anything else a page controller lets through: the status it names (400 for a malformed link), or 500. */
    @ExceptionHandler(Exception.class)
    String other(Exception e, HttpServletResponse response, Model model) {
        int status = e instanceof ErrorResponse known ? known.getStatusCode().value() : 500;
        if (status >= 500) {
            log.error("page failed", e);
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
