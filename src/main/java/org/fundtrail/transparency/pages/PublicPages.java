package org.fundtrail.transparency.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.infra.Ids;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.transparency.PublicFacts.BudgetCategory;
import org.fundtrail.transparency.PublicFacts.Contract;
import org.fundtrail.transparency.PublicFacts.ContractDetail;
import org.fundtrail.transparency.PublicFacts.Fund;
import org.fundtrail.transparency.PublicFacts.FundDetail;
import org.fundtrail.transparency.PublicFacts.Programme;
import org.fundtrail.transparency.PublicFacts.ProgrammeDetail;
import org.fundtrail.transparency.PublicQueries;
import org.fundtrail.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.function.Function;

/**
 * The transparency pages: what anyone may see, without signing in, of how the money was used. They read only the
 * public read model ({@link PublicQueries}); the figures are in tables, the charts only draw them.
 */
@PageController
class PublicPages {

    private final PublicQueries queries;
    private final MessageSource messages;
    private final ObjectMapper json;

    PublicPages(PublicQueries queries, MessageSource messages, ObjectMapper json) {
        this.queries = queries;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping({"/public", "/public/"})
    String overview(Model model) {
        List<Programme> programmes = queries.programmes();
        model.addAttribute("totals", queries.totals());
        model.addAttribute("programmes", programmes);
        model.addAttribute("funds", queries.funds());
        model.addAttribute("chart", chart("bar", programmes.stream().map(Programme::name).toList(),
                chartSeries("public.totals.appropriated", programmes, Programme::appropriated),
                chartSeries("public.totals.paid", programmes, Programme::paid),
                chartSeries("public.totals.spent", programmes, Programme::spent),
                chartSeries("public.totals.clawedBack", programmes, Programme::clawedBack)));
        return "public/overview";
    }

    @GetMapping("/public/programmes/{id}")
    String programme(@PathVariable("id") String id, Model model) {
        ProgrammeDetail detail = queries.programme(ProgrammeId.of(known(id)))
                .orElseThrow(() -> new ProblemHandler.NotFound("no programme " + id));
        List<Contract> contracts = detail.contracts();
        model.addAttribute("detail", detail);
        model.addAttribute("chart", chart("bar", contracts.stream().map(Contract::community).toList(),
                chartSeries("public.contract.amount", contracts, Contract::amount),
                chartSeries("public.contract.paid", contracts, Contract::paid),
                chartSeries("public.contract.spent", contracts, Contract::spent)));
        return "public/programme";
    }

    @GetMapping("/public/contracts/{id}")
    String contract(@PathVariable("id") String id, Model model) {
        ContractDetail detail = queries.contract(ContractId.of(known(id)))
                .orElseThrow(() -> new ProblemHandler.NotFound("no contract " + id));
        List<BudgetCategory> categories = detail.categories();
        model.addAttribute("detail", detail);
        model.addAttribute("chart", chart("bar", categories.stream().map(c -> categoryName(c.category())).toList(),
                chartSeries("public.category.budget", categories, BudgetCategory::budget),
                chartSeries("public.category.spent", categories, BudgetCategory::spent)));
        return "public/contract";
    }

    @GetMapping("/public/funds/{id}")
    String fund(@PathVariable("id") String id, Model model) {
        FundDetail detail = queries.fund(FundId.of(known(id)))
                .orElseThrow(() -> new ProblemHandler.NotFound("no fund " + id));
        Fund fund = detail.fund();
        Money remaining = fund.target().minus(fund.raised());
        model.addAttribute("detail", detail);
        model.addAttribute("recent", PublicQueries.RECENT_DONATIONS);
        model.addAttribute("chart", chart("doughnut",
                List.of(text("public.fund.cash"), text("public.fund.inKind"), text("public.chart.remaining")),
                Chart.series(text("public.fund.raised"), List.of(fund.raisedCash(), fund.raisedInKind(),
                        remaining.isNegative() ? Money.ZERO : remaining))));
        return "public/fund";
    }

    /**
     * The public pages' few connections are all taken (or a query ran too long): this reader is asked to come back,
     * and recording, which has its own pool, goes on.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, QueryTimeoutException.class})
    String busy(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "2");
        return "public/busy";
    }

    /** An id that cannot be one (the wrong shape) names nothing that exists: the page is not found, not malformed. */
    private static String known(String id) {
        try {
            return Ids.require(id, "id");
        } catch (IllegalArgumentException e) {
            throw new ProblemHandler.NotFound("no record " + id);
        }
    }

    /** A budget category's name in the reader's language; a category the bundle does not know shows as recorded. */
    private String categoryName(String category) {
        return messages.getMessage("public.category." + category, null, category, LocaleContextHolder.getLocale());
    }

    private <T> Chart.Series chartSeries(String labelKey, List<T> rows, Function<T, Money> amount) {
        return Chart.series(text(labelKey), rows.stream().map(amount).toList());
    }

    private String chart(String type, List<String> labels, Chart.Series... series) {
        try {
            return json.writeValueAsString(new Chart(type, labels, List.of(series)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
