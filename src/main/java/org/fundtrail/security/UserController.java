package org.fundtrail.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fundtrail.infra.RuleCode;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.organisation.api.CharityDirectory;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.OrganisationDirectory;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Users", description = "Accounts and roles (admin only)")
class UserController {

    private final UserAccounts users;
    private final CharityDirectory charities;
    private final OrganisationDirectory organisations;

    UserController(UserAccounts users, CharityDirectory charities, OrganisationDirectory organisations) {
        this.users = users;
        this.charities = charities;
        this.organisations = organisations;
    }

    record NewUser(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}") String username,
                   @NotBlank @Size(min = 12, max = 128) String password,
                   @NotNull Role role,
                   String charityId,
                   HolderId bureau,
                   OrganisationId organisationId) {
    }

    record UserView(String username, Role role, String charityId, String bureau, String organisationId, boolean enabled) {
        static UserView of(FundtrailUser user) {
            return new UserView(user.username(), user.role(), user.charityId() == null ? null : user.charityId().value(),
                    user.bureau() == null ? null : user.bureau().value(),
                    user.organisationId() == null ? null : user.organisationId().value(), user.enabled());
        }
    }

    enum UserErrorCode implements RuleCode {
        USERNAME_TAKEN(409), CHARITY_REQUIRED(422), CHARITY_NOT_REGISTERED(422), BUREAU_REQUIRED(422),
        ORGANISATION_REQUIRED(422), ORGANISATION_NOT_REGISTERED(422);

        private final int status;

        UserErrorCode(int status) {
            this.status = status;
        }

        @Override
        public int httpStatus() {
            return status;
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user; charity staff name the charity they work for")
    UserView create(@Valid @RequestBody NewUser request) {
        CharityId charity = null;
        if (request.role() == Role.CHARITY_STAFF) {
            if (request.charityId() == null) {
                throw new RuleViolation(UserErrorCode.CHARITY_REQUIRED, "charityId", "charity staff work for one charity: name it");
            }
            charity = CharityId.of(request.charityId());
            if (charities.find(charity).isEmpty()) {
                throw new RuleViolation(UserErrorCode.CHARITY_NOT_REGISTERED, "charityId", "no registered charity " + request.charityId());
            }
        }
        if ((request.role() == Role.FINANCE_OFFICER || request.role() == Role.APPROVER) && request.bureau() == null) {
            throw new RuleViolation(UserErrorCode.BUREAU_REQUIRED, "bureau", "finance officers and approvers act for one bureau: name it");
        }
        if (request.role() == Role.CONTRACTOR) {
            if (request.organisationId() == null) {
                throw new RuleViolation(UserErrorCode.ORGANISATION_REQUIRED, "organisationId", "a contractor user acts for one organisation: name it");
            }
            if (organisations.find(request.organisationId()).isEmpty()) {
                throw new RuleViolation(UserErrorCode.ORGANISATION_NOT_REGISTERED, "organisationId", "no registered organisation " + request.organisationId().value());
            }
        }
        if (!users.create(request.username(), request.password(), request.role(), charity,
                request.role() == Role.FINANCE_OFFICER || request.role() == Role.APPROVER ? request.bureau() : null,
                request.role() == Role.CONTRACTOR ? request.organisationId() : null)) {
            throw new RuleViolation(UserErrorCode.USERNAME_TAKEN, "username", "user " + request.username() + " already exists");
        }
        return UserView.of(users.loadUserByUsername(request.username()));
    }

    @GetMapping
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }
}
