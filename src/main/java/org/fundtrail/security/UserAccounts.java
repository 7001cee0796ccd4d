package org.fundtrail.security;

import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Users in PostgreSQL, passwords as BCrypt hashes. */
@Component
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public FundtrailUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    public Optional<FundtrailUser> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> user(rs, rs.getString(2)))
                .optional();
    }

    public List<FundtrailUser> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
                .query((rs, n) -> user(rs, ""))
                .list();
    }

    /** @return false if the username is taken */
    public boolean create(String username, String rawPassword, Role role, CharityId charityId) {
        return create(username, rawPassword, role, charityId, null, null);
    }

    /** @return false if the username is taken */
    public boolean create(String username, String rawPassword, Role role, CharityId charityId, HolderId bureau,
                          OrganisationId organisationId) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, role, charity_id, bureau, organisation_id)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")
                .params(username, passwords.encode(rawPassword), role.name(), charityId == null ? null : charityId.value(),
                        bureau == null ? null : bureau.value(), organisationId == null ? null : organisationId.value())
                .update() == 1;
    }

    private static final String COLUMNS = "username, password_hash, role, charity_id, bureau, organisation_id, enabled";

    private static FundtrailUser user(java.sql.ResultSet rs, String passwordHash) throws java.sql.SQLException {
        return new FundtrailUser(rs.getString(1), passwordHash, Role.valueOf(rs.getString(3)),
                rs.getString(4) == null ? null : CharityId.of(rs.getString(4)),
                rs.getString(5) == null ? null : HolderId.of(rs.getString(5)),
                rs.getString(6) == null ? null : OrganisationId.of(rs.getString(6)), rs.getBoolean(7));
    }

    public boolean anyAdmin() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'ADMIN' AND enabled)")
                .query(Boolean.class).single();
    }
}
