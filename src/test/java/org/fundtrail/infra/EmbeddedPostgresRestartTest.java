package org.fundtrail.infra;

import org.fundtrail.FundtrailApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With no datasource configured, the service starts its own PostgreSQL in the data directory and keeps it. */
class EmbeddedPostgresRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheLedger() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("INSERT INTO charity_directory (charity_id, name, credit_code) VALUES ('kept', '留存测试', '53120000MJ00000017')").update();
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT name FROM charity_directory WHERE charity_id = 'kept'").query(String.class).single())
                    .isEqualTo("留存测试");
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FundtrailApplication.class)
                .run("--fundtrail.data-dir=" + dataDir, "--server.port=0", "--fundtrail.admin.password=restart-test-password",
                        "--logging.level.root=WARN");
    }
}
