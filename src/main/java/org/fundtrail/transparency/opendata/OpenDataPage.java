package org.fundtrail.transparency.opendata;

import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** {@code /public/open-data}: the downloads, what each holds, and how it maps onto IATI and 360Giving. */
@PageController
class OpenDataPage {

    /** One download on the page; {@code key} names its texts in the opendata bundle. */
    record Download(String key, String json, String csv) {
    }

    @GetMapping("/public/open-data")
    String page(Model model) {
        model.addAttribute("downloads", List.of(
                new Download("transactions", OpenDataController.BASE + "/transactions.json",
                        OpenDataController.BASE + "/transactions.csv"),
                new Download("grants", OpenDataController.BASE + "/grants.json",
                        OpenDataController.BASE + "/grants.csv")));
        model.addAttribute("kinds", TransactionKind.values());
        return "opendata/downloads";
    }
}
