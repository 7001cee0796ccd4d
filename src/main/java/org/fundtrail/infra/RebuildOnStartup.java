package org.fundtrail.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * {@code --fundtrail.rebuild=journal,fund-read-model} (or {@code all}) rebuilds those projections when the service
 * starts, for an operator who changed a projection's code or suspects its tables.
 */
@Component
class RebuildOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStartup.class);

    private final Projections projections;
    private final String names;

    RebuildOnStartup(Projections projections, @Value("${fundtrail.rebuild:}") String names) {
        this.projections = projections;
        this.names = names;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (names.isBlank()) {
            return;
        }
        var selected = "all".equals(names.trim())
                ? projections.all().stream().map(Projections.Status::name).toList()
                : Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        selected.forEach(name -> {
            log.info("Rebuild requested on start-up: {}", name);
            projections.rebuild(name);
        });
    }
}
