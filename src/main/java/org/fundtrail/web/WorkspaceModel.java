package org.fundtrail.web;

import org.fundtrail.security.FundtrailUser;
import org.fundtrail.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * What every workspace page shows around its content: who is signed in and the parts of the workspace their role
 * works in. The menu is a convenience; each page still checks access itself.
 */
@ControllerAdvice(annotations = PageController.class)
public class WorkspaceModel {

    /** A menu entry: the path and the message key of its label. */
    public record MenuItem(String path, String label) {
    }

    @ModelAttribute("currentUser")
    FundtrailUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof FundtrailUser user ? user : null;
    }

    @ModelAttribute("workspaceMenu")
    List<MenuItem> workspaceMenu() {
        FundtrailUser user = currentUser();
        return user == null ? List.of() : menuOf(user.role());
    }

    static List<MenuItem> menuOf(Role role) {
        List<MenuItem> menu = new ArrayList<>();
        if (role == Role.ADMIN || role == Role.CHARITY_STAFF) {
            menu.add(new MenuItem("/app/funds", "menu.funds"));
        }
        if (role == Role.ADMIN || role == Role.FINANCE_OFFICER || role == Role.APPROVER) {
            menu.add(new MenuItem("/app/programmes", "menu.programmes"));
        }
        if (role == Role.ADMIN || role == Role.APPROVER) {
            menu.add(new MenuItem("/app/approvals", "menu.approvals"));
        }
        if (role == Role.ADMIN || role == Role.CONTRACTOR || role == Role.FINANCE_OFFICER || role == Role.APPROVER) {
            menu.add(new MenuItem("/app/contracts", "menu.contracts"));
        }
        if (role == Role.ADMIN || role == Role.AUDITOR) {
            menu.add(new MenuItem("/app/audit", "menu.audit"));
        }
        return List.copyOf(menu);
    }
}
