package io.tandem.query.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.TierSet;
import io.tandem.query.QueryServiceApplication;
import io.tandem.query.projection.PlanProjection;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.query.support.QueryServiceRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The readiness probe follows the projection: not ready while it replays or is more than
 * tandem.readiness.max-lag events behind, ready again once it has caught up. Liveness never follows it.
 */
class ProcessorReadinessTest {

    private static final long MAX_LAG = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");

    private final QueryDatabase database = new QueryDatabase();
    private final EventAppender events = new EventAppender(database.dataSource());

    @Test
    void notReadyWhileRebuildingAfterTokenDeleted() {
        PlanTimeline plan = planWithEvents(6);
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(ProjectionGate.class).open();
            events.append(plan.events());
            awaitReady(QueryServiceRunner.client(first));
        }
        new JdbcTemplate(database.dataSource()).update("DELETE FROM token_entry");

        try (ConfigurableApplicationContext rebuild = start()) {
            QueryClient client = QueryServiceRunner.client(rebuild);
            try {
                JsonNode projection = awaitNotReady(client).at("/components/eventProcessors/details/processors")
                        .path(PlanProjection.PROCESSING_GROUP);

                assertThat(projection.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
                assertThat(projection.path("replaying").asBoolean()).isTrue();
                assertThat(projection.path("lag").asLong()).isEqualTo(6);
                assertThat(projection.path("head").asLong()).isEqualTo(6);
                assertThat(projection.path("reason").asText()).isEqualTo("replaying events, 6 events behind");
                assertThat(client.get("/actuator/health/liveness", null).status()).isEqualTo(200);
            } finally {
                rebuild.getBean(ProjectionGate.class).open();
            }
            JsonNode projection = awaitReady(client);
            assertThat(projection.path("lag").asLong()).isZero();
            assertThat(projection.path("position").asLong()).isEqualTo(6);
        }
    }

    @Test
    void notReadyWhileMoreThanMaxLagBehind() {
        try (ConfigurableApplicationContext service = start()) {
            ProjectionGate gate = service.getBean(ProjectionGate.class);
            QueryClient client = QueryServiceRunner.client(service);
            gate.open();
            PlanTimeline plan = planWithEvents(2);
            events.append(plan.events());
            awaitReady(client);

            gate.close();
            try {
                events.append(planWithEvents(3).events());
                await().atMost(TIMEOUT).until(() -> readiness(client).path("lag").asLong() == 3);
                assertThat(client.get("/actuator/health/readiness", null).status()).as("ready at max-lag")
                        .isEqualTo(200);

                events.append(planWithEvents(1).events());
                JsonNode projection = awaitNotReady(client).at("/components/eventProcessors/details/processors")
                        .path(PlanProjection.PROCESSING_GROUP);

                assertThat(projection.path("replaying").asBoolean()).isFalse();
                assertThat(projection.path("lag").asLong()).isEqualTo(4);
                assertThat(projection.path("reason").asText())
                        .isEqualTo("4 events behind, more than tandem.readiness.max-lag 3");
            } finally {
                gate.open();
            }
            assertThat(awaitReady(client).path("lag").asLong()).isZero();
        }
    }

    @Test
    void notReadyWhileReplaying() {
        try (ConfigurableApplicationContext service = start()) {
            ProjectionGate gate = service.getBean(ProjectionGate.class);
            QueryClient client = QueryServiceRunner.client(service);
            gate.open();
            events.append(planWithEvents(2).events());
            awaitReady(client);

            gate.close();
            StreamingEventProcessor processor = service.getBean(Configuration.class).eventProcessingConfiguration()
                    .eventProcessor(PlanProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            try {
                JsonNode projection = awaitNotReady(client).at("/components/eventProcessors/details/processors")
                        .path(PlanProjection.PROCESSING_GROUP);

                assertThat(projection.path("replaying").asBoolean()).isTrue();
                assertThat(projection.path("reason").asText()).contains("replaying");
            } finally {
                gate.open();
            }
            awaitReady(client);
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>();
        database.serviceProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.add("--tandem.readiness.max-lag=" + MAX_LAG);
        return new SpringApplicationBuilder(QueryServiceApplication.class, ProjectionGate.class)
                .run(arguments.toArray(String[]::new));
    }

    /** Returns a plan of the given number of events, one global index each. */
    private static PlanTimeline planWithEvents(int count) {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);
        for (int version = 1; version < count; version++) {
            int tier = version % 3 + 1;
            String review = "Review " + version;
            plan.then(version % 2 == 0 ? id -> new TierSet(id, tier) : id -> new ReviewRecorded(id, review, null));
        }
        return plan;
    }

    /** Polls the readiness probe until it returns 200 and returns the projection's details. */
    private static JsonNode awaitReady(QueryClient client) {
        await().atMost(TIMEOUT).until(() -> client.get("/actuator/health/readiness", null).status() == 200);
        return readiness(client);
    }

    /** Returns the projection's details in the readiness probe. */
    private static JsonNode readiness(QueryClient client) {
        return client.get("/actuator/health/readiness", null).body()
                .at("/components/eventProcessors/details/processors").path(PlanProjection.PROCESSING_GROUP);
    }

    /** Polls the readiness probe until it returns 503 and returns its body. */
    private static JsonNode awaitNotReady(QueryClient client) {
        await().atMost(TIMEOUT).until(() -> client.get("/actuator/health/readiness", null).status() == 503);
        QueryClient.Response readiness = client.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).as("readiness %s", readiness.body()).isEqualTo(503);
        return readiness.body();
    }
}
