package org.fundtrail.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.organisation.api.DebarOrganisation;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.organisation.api.RateOrganisation;
import org.fundtrail.organisation.api.RegisterOrganisation;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Contractor organisations (承接机构): written by admins and finance officers, read by every signed-in user. */
@RestController
@Tag(name = "Organisations", description = "Contractor organisations (承接机构): registration, rating, debarment")
class OrganisationController {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationController(CommandGateway commands, IdempotentWrites idempotent, JdbcClient jdbc, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record RegisterOrganisationRequest(@NotNull OrganisationId id, @NotBlank @Size(max = 200) String name,
                                       @NotBlank String creditCode) {
    }

    record RatingRequest(@NotBlank @Size(max = 20) String rating, LocalDate effectiveDate) {
    }

    /** @param reference what caused it, e.g. the contract whose fraud finding triggered it */
    record DebarmentRequest(@NotNull LocalDate until, @NotBlank @Size(max = 500) String reason,
                            @Size(max = 200) String reference, LocalDate effectiveDate) {
    }

    record DebarmentView(LocalDate effectiveDate, LocalDate debarredUntil, String reason, String reference) {
    }

    /**
     * @param debarredUntil barred from new contracts before this day (null: never debarred)
     * @param debarments    every debarment recorded, oldest first; only in the answer for one organisation
     */
    record OrganisationView(String id, String name, String creditCode, String rating, LocalDate ratedOn,
                            LocalDate debarredUntil, List<DebarmentView> debarments) {
    }

    @PostMapping("/api/organisations")
    @Operation(summary = "Register a contractor organisation with its 统一社会信用代码. Retrying with the same id is safe.")
    ResponseEntity<Object> register(@Valid @RequestBody RegisterOrganisationRequest request) {
        return idempotent.execute(request.id().toString(), request, () -> {
            commands.sendAndWait(new RegisterOrganisation(request.id(), request.name(), request.creditCode()));
            return ResponseEntity.created(URI.create("/api/organisations/" + request.id().value())).body(view(request.id()));
        });
    }

    @PostMapping("/api/organisations/{organisationId}/rating")
    @Operation(summary = "Record an organisation's assessed rating (社会组织评估等级, e.g. 5A) as of a date")
    ResponseEntity<Object> rate(@PathVariable OrganisationId organisationId, @Valid @RequestBody RatingRequest request) {
        LocalDate effective = orToday(request.effectiveDate());
        String key = "rating:" + organisationId.value() + ":" + effective + ":" + request.rating().strip();
        return idempotent.execute(key, List.of(organisationId, request), () -> {
            commands.sendAndWait(new RateOrganisation(organisationId, request.rating(), effective));
            return ResponseEntity.ok(view(organisationId));
        });
    }

    @PostMapping("/api/organisations/{organisationId}/debarments")
    @Operation(summary = "Bar an organisation from new contracts until a day; never shortens a debarment in force")
    ResponseEntity<Object> debar(@PathVariable OrganisationId organisationId, @Valid @RequestBody DebarmentRequest request) {
        String key = "debarment:" + organisationId.value() + ":" + request.until();
        return idempotent.execute(key, List.of(organisationId, request), () -> {
            commands.sendAndWait(new DebarOrganisation(organisationId, request.until(), request.reason(),
                    request.reference(), orToday(request.effectiveDate())));
            return ResponseEntity.ok(view(organisationId));
        });
    }

    @GetMapping("/api/organisations")
    @Operation(summary = "Contractor organisations by id, with their current rating and debarment")
    List<OrganisationView> list(@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return jdbc.sql("""
                        SELECT organisation_id, name, credit_code, rating, rated_on, debarred_until
                        FROM organisation_directory ORDER BY organisation_id LIMIT ? OFFSET ?""")
                .params(Math.min(Math.max(limit, 1), 1000), Math.max(offset, 0))
                .query((rs, n) -> new OrganisationView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), null))
                .list();
    }

    @GetMapping("/api/organisations/{organisationId}")
    @Operation(summary = "One contractor organisation, with its rating and every debarment recorded")
    OrganisationView get(@PathVariable OrganisationId organisationId) {
        return view(organisationId);
    }

    /** Read in the caller's transaction, so a write answers with what it just recorded. */
    private OrganisationView view(OrganisationId organisationId) {
        List<DebarmentView> debarments = jdbc.sql("""
                        SELECT effective_date, debarred_until, reason, reference FROM organisation_debarment
                        WHERE organisation_id = ? ORDER BY id""")
                .param(organisationId.value())
                .query((rs, n) -> new DebarmentView(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4)))
                .list();
        return jdbc.sql("""
                        SELECT organisation_id, name, credit_code, rating, rated_on, debarred_until
                        FROM organisation_directory WHERE organisation_id = ?""")
                .param(organisationId.value())
                .query((rs, n) -> new OrganisationView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), debarments))
                .optional()
                .orElseThrow(() -> new ProblemHandler.NotFound("no organisation " + organisationId.value()));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
