package org.fundtrail.infra;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Projections", description = "Read models rebuilt from the event store (admin)")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @Operation(summary = "Each projection's position against the head of the event store")
    List<Projections.Status> list() {
        return projections.all();
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Empty a projection and replay every event into it; poll GET /api/admin/projections for progress")
    Projections.Status rebuild(@PathVariable String name) {
        projections.rebuild(name);
        return projections.status(name);
    }
}
