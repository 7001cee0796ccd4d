package org.fundtrail.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo's users, one (or two) per role, all with the demo password. */
final class DemoUsers {

    static final String CHARITY_STAFF = "demo-charity";
    static final String CITY_OFFICER = "demo-city-officer";
    static final String CITY_APPROVER = "demo-city-approver";
    static final String OFFICER = "demo-officer";
    static final String APPROVER = "demo-approver";
    static final String CONTRACTOR = "demo-contractor";
    static final String AUDITOR = "demo-auditor";
    static final List<String> NAMES = List.of(CHARITY_STAFF, OFFICER, APPROVER, CONTRACTOR, AUDITOR, CITY_OFFICER,
            CITY_APPROVER);

    private final DemoClient admin;
    private final String password;

    DemoUsers(DemoClient admin, String password) {
        this.admin = admin;
        this.password = password;
    }

    void create(String username, String role, Map<String, String> scope) {
        Map<String, Object> body = new HashMap<>(scope);
        body.put("username", username);
        body.put("password", password);
        body.put("role", role);
        admin.post("/api/admin/users", body);
    }

    DemoClient client(String username) {
        return admin.as(username, password);
    }
}
