package org.fundtrail.audit.exceptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.fundtrail.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the exception report: what an auditor must look at, and why, in English and Chinese. This record is
 * what the export renderers write, one column per component, in this order.
 *
 * @param kind          what sort of exception
 * @param severity      how urgently to look
 * @param subject       what it is about, as an aggregate id: {@code contract:{id}}, {@code fund:{id}},
 *                      {@code donation:{id}}, {@code programme:{id}}; an event id when a posting names nothing else
 * @param detail        what is wrong, in English
 * @param detailZh      the same in Chinese (JSON {@code detail_zh})
 * @param amount        the money at stake (outstanding, held, shortfall, paid, spent, reversed); null if none
 * @param effectiveDate when it took effect or fell due (the business date)
 * @param recordedAt    when the fact was recorded; null for findings that are a state, not an entry
 * @param reference     the event, clawback or policy-year the finding points at, to trace it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExceptionFinding(ExceptionKind kind, Severity severity, String subject, String detail,
                               @JsonProperty("detail_zh") String detailZh, Money amount, LocalDate effectiveDate,
                               Instant recordedAt, String reference) {
}
