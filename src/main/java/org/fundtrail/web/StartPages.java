package org.fundtrail.web;

import org.fundtrail.security.FundtrailUser;
import org.fundtrail.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where people arrive: the site's root goes to the public overview, sign-in is its own page, and {@code /app} sends
 * each signed-in user to the start page of their role.
 */
@PageController
class StartPages {

    @GetMapping("/")
    String root() {
        return "redirect:/public/";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping({"/app", "/app/"})
    String start(@AuthenticationPrincipal FundtrailUser user) {
        return "redirect:" + startPageOf(user.role());
    }

    /** The start page of each role; the links in the workspace's menu follow the same map. */
    public static String startPageOf(Role role) {
        return switch (role) {
            case ADMIN, CHARITY_STAFF -> "/app/funds";
            case FINANCE_OFFICER -> "/app/programmes";
            case APPROVER -> "/app/approvals";
            case CONTRACTOR -> "/app/contracts";
            case AUDITOR -> "/app/audit";
        };
    }
}
