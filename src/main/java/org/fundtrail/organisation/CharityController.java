package org.fundtrail.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.organisation.api.CharityId;
import org.fundtrail.organisation.api.RegisterCharity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Tag(name = "Charities", description = "Host charities of community funds")
class CharityController {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final JdbcClient jdbc;

    CharityController(CommandGateway commands, IdempotentWrites idempotent, JdbcClient jdbc) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.jdbc = jdbc;
    }

    record RegisterCharityRequest(@NotNull CharityId id, @NotBlank String name, @NotBlank String creditCode) {
    }

    record CharityView(String id, String name, String creditCode) {
    }

    @PostMapping("/api/admin/charities")
    @Operation(summary = "Register a host charity with its 统一社会信用代码 (admin)")
    ResponseEntity<Object> register(@Valid @RequestBody RegisterCharityRequest request) {
        return idempotent.execute(request.id().toString(), request, () -> {
            commands.sendAndWait(new RegisterCharity(request.id(), request.name(), request.creditCode()));
            return ResponseEntity.created(URI.create("/api/charities/" + request.id().value()))
                    .body(new CharityView(request.id().value(), request.name().strip(), request.creditCode()));
        });
    }

    @GetMapping("/api/charities")
    List<CharityView> list() {
        return jdbc.sql("SELECT charity_id, name, credit_code FROM charity_directory ORDER BY charity_id")
                .query((rs, n) -> new CharityView(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
