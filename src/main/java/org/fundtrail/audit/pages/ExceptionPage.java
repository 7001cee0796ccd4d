package org.fundtrail.audit.pages;

import org.fundtrail.audit.exceptions.ExceptionKind;
import org.fundtrail.audit.exceptions.ExceptionReport;
import org.fundtrail.audit.exceptions.ExceptionReportView;
import org.fundtrail.web.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The exception report with the API's filters (date, back-dating threshold, kinds); each finding links to its trail. */
@PageController
@RequestMapping("/app/audit/exceptions")
class ExceptionPage {

    private final ExceptionReport report;
    private final Clock clock;

    ExceptionPage(ExceptionReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping
    String exceptions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      @RequestParam(defaultValue = "" + ExceptionReport.DEFAULT_BACKDATED_DAYS) int backdatedDays,
                      @RequestParam(required = false) List<ExceptionKind> kind, Model model) {
        model.addAttribute("allKinds", ExceptionKind.values());
        if (backdatedDays < 0) {
            model.addAttribute("backdatedDaysInvalid", true);
            model.addAttribute("asOf", asOf == null ? LocalDate.now(clock) : asOf);
            model.addAttribute("backdatedDays", backdatedDays);
            model.addAttribute("kinds", kind == null ? List.of() : kind);
            return "audit/exceptions";
        }
        ExceptionReportView view = ExceptionReportView.of(report, asOf, backdatedDays, kind, clock);
        model.addAttribute("view", view);
        model.addAttribute("asOf", view.asOf());
        model.addAttribute("backdatedDays", view.backdatedDays());
        model.addAttribute("kinds", kind == null ? List.of() : kind);
        return "audit/exceptions";
    }
}
