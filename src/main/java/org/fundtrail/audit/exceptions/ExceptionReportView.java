package org.fundtrail.audit.exceptions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The exception report and what it was asked for, {@code findings} most severe first: what the API answers and the
 * auditor's page shows.
 */
public record ExceptionReportView(LocalDate asOf, int backdatedDays, Set<ExceptionKind> kinds, int total,
                                  List<ExceptionFinding> findings) {

    /**
     * @param asOf  the date, or null for today
     * @param kinds the kinds wanted, or null or empty for all
     */
    public static ExceptionReportView of(ExceptionReport report, LocalDate asOf, int backdatedDays,
                                         List<ExceptionKind> kinds, Clock clock) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        Set<ExceptionKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ExceptionKind.class) : EnumSet.copyOf(kinds);
        List<ExceptionFinding> findings = report.findings(date, backdatedDays, wanted);
        return new ExceptionReportView(date, backdatedDays, wanted, findings.size(), findings);
    }
}
