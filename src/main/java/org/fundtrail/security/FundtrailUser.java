package org.fundtrail.security;

import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * A signed-in user: name, role and scope: charity staff work on one charity's funds, finance officers and approvers
 * for one bureau (a holder along a programme's channel), contractors for one organisation.
 */
public record FundtrailUser(String username, String passwordHash, Role role, CharityId charityId, HolderId bureau,
                            OrganisationId organisationId, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The password hash never leaves this object, not even in a log line. */
    @Override
    public String toString() {
        return "FundtrailUser[" + username + ", " + role + (charityId == null ? "" : ", " + charityId.value())
                + (bureau == null ? "" : ", " + bureau.value()) + (organisationId == null ? "" : ", " + organisationId.value()) + "]";
    }
}
