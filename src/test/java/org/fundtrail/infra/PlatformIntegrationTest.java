package org.fundtrail.infra;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform pieces the issue names: everything Axon keeps lives in PostgreSQL, and the API documents itself. */
class PlatformIntegrationTest extends IntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    SagaStore<?> sagaStore;
    @Autowired
    DeadlineManager deadlineManager;

    @Test
    void eventsTokensSagasAndDeadlinesAreKeptInPostgres() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_name = 'domainevententry' AND column_name = 'payload'")
                .query(String.class).single()).isEqualTo("bytea");
    }

    @Test
    void eventPayloadsAreReadableJson() {
        openFund(registerCharity());
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE payloadtype LIKE '%FundOpened' LIMIT 1")
                .query(String.class).single();
        assertThat(payload).contains("\"yearlyTarget\":\"50000.00\"").contains("\"effectiveDate\":\"2026-01-05\"");
    }

    @Test
    void onlyReadModelsAreOfferedForRebuilding() {
        assertThat(get("/api/admin/projections").body().findValuesAsText("name"))
                .containsExactlyInAnyOrder("journal", "fund-read-model", "audit-exceptions", "public-read-model",
                        "contract-read-model");
        assertThat(post("/api/admin/projections/TrancheScheduleProcessor/rebuild", "").status()).isEqualTo(404);
    }

    @Test
    void theApiIsDocumentedWithoutLogin() {
        Answer spec = anonymous(HttpRequest.newBuilder(uri("/v3/api-docs")).GET());
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body().path("paths").has("/api/funds/{fundId}/donations")).isTrue();
        assertThat(anonymous(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).GET()).raw().statusCode()).isEqualTo(200);
    }
}
