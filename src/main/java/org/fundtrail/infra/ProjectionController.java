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
    private final RebuildComparison comparison;

    ProjectionController(Projections projections, RebuildComparison comparison) {
        this.projections = projections;
        this.comparison = comparison;
    }

    @GetMapping
    @Operation(summary = "Each projection's position against the head of the event store")
    List<Projections.Status> list() {
        return projections.all();
    }

    @PostMapping("/{name}/rebuild-and-compare")
    @Operation(summary = "Rebuild a projection and report, table by table, how the rebuilt rows differ from the live ones (waits for the replay)")
    RebuildComparison.Report rebuildAndCompare(@PathVariable String name) throws InterruptedException {
        return comparison.rebuildAndCompare(name);
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Empty a projection and replay every event into it; poll GET /api/admin/projections for progress")
    Projections.Status rebuild(@PathVariable String name) {
        projections.rebuild(name);
        return projections.status(name);
    }
}
