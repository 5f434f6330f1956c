package io.tandem.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The actuator endpoints that operators and orchestrators read: probes, health and metrics. */
class OperationsEndpointsTest extends RunningQueryService {

    @Autowired
    private DataSource dataSource;

    @Test
    void reportsReadyWithDatabaseAndProcessors() {
        // The processor claims its segment on a thread of its own, shortly after the context has started.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> client.get("/actuator/health/readiness", null).status() == 200);
        JsonNode readiness = client.get("/actuator/health/readiness", null).body();

        assertThat(client.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/eventProcessors/details/maxLag").asLong()).isEqualTo(1000);
        assertThat(readiness.at("/components/eventProcessors/details/processors/plan-projection/running")
                .asBoolean()).isTrue();
    }

    @Test
    void publishesProcessorLagAndAxonMetrics() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian",
                Instant.parse("2026-06-02T09:00:00Z"));
        new EventAppender(dataSource).append(plan.events());
        client.awaitPlan(plan.planId(), TestTokens.get().token("dana.ruiz", "altura"), 0);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String scrape = getText("/actuator/prometheus");
            assertThat(scrape).contains("tandem_processor_lag_events{application=\"query-service\","
                    + "processorName=\"plan-projection\"} 0.0");
            assertThat(scrape).contains("eventProcessor_latency{");
            assertThat(scrape)
                    .containsPattern("eventProcessor_successCounter_total\\{[^}]*payloadType=\"PlanCreated\"");
        });
    }
}
