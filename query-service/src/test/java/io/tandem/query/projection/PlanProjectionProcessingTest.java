package io.tandem.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;

import io.tandem.plan.event.TierSet;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.ProjectionToken;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** How the streaming processor runs the projection: transactions and latency. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanProjectionProcessingTest {

    private static final QueryDatabase DATABASE = new QueryDatabase();
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    private DataSource dataSource;

    @Autowired
    private TransactionManager axonTransactionManager;

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @LocalServerPort
    private int port;

    @Test
    void storesPlanRowAndTokenInOneTransaction() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START)
                .then(id -> new TierSet(id, 2));
        new EventAppender(dataSource).append(plan.events());
        new QueryClient(port).awaitPlan(plan.planId(), TestTokens.get().token("dana.ruiz", "altura"), 1);

        // xmin is the id of the transaction that wrote the row's current version.
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String planWriter = jdbc.queryForObject("SELECT xmin::text FROM plan_view WHERE plan_id = ?",
                String.class, plan.planId());
        String tokenWriter = jdbc.queryForObject("SELECT xmin::text FROM token_entry WHERE processor_name = ?",
                String.class, PlanProjection.PROCESSING_GROUP);

        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(planWriter).isEqualTo(tokenWriter);
    }

    @Test
    void runsOnTrackingProcessorThatPropagatesErrors() {
        assertThat(eventProcessing.listenerInvocationErrorHandler(PlanProjection.PROCESSING_GROUP))
                .isInstanceOf(PropagatingErrorHandler.class);
        assertThat(eventProcessing.eventProcessor(PlanProjection.PROCESSING_GROUP))
                .containsInstanceOf(TrackingEventProcessor.class);
    }

    @Test
    void retriesFailedEventWithoutMovingToken() {
        String token = TestTokens.get().token("dana.ruiz", "altura");
        QueryClient client = new QueryClient(port);
        EventAppender events = new EventAppender(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);
        events.append(plan.events());
        client.awaitPlan(plan.planId(), token, 0);
        long tokenBefore = ProjectionToken.index(jdbc);

        // A stored version of -3 makes the handler reject the next event as out of order.
        String state = jdbc.queryForObject("SELECT state FROM plan_view WHERE plan_id = ?", String.class,
                plan.planId());
        assertThat(state).contains("\"version\":0,");
        jdbc.update("UPDATE plan_view SET state = ?::json WHERE plan_id = ?",
                state.replace("\"version\":0,", "\"version\":-3,"), plan.planId());
        plan.then(id -> new TierSet(id, 2));
        events.append(plan.eventsAfter(0));
        // The processor releases its claim on the token while it waits to retry.
        await().atMost(QueryClient.PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> ProjectionToken.owner(jdbc) == null);
        assertThat(ProjectionToken.index(jdbc)).isEqualTo(tokenBefore);

        jdbc.update("UPDATE plan_view SET state = ?::json WHERE plan_id = ?", state, plan.planId());
        JsonNode view = client.awaitPlan(plan.planId(), token, 1);

        assertThat(view.get("tier").asInt()).isEqualTo(2);
        assertThat(ProjectionToken.index(jdbc)).isGreaterThan(tokenBefore);
    }

    @Test
    void showsAppendedEventWithinAboutASecond() {
        String token = TestTokens.get().token("dana.ruiz", "altura");
        QueryClient client = new QueryClient(port);
        EventAppender events = new EventAppender(dataSource);
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);
        events.append(plan.events());
        client.awaitPlan(plan.planId(), token, 0);
        plan.then(id -> new TierSet(id, 3));

        long started = System.nanoTime();
        events.append(plan.eventsAfter(0));
        client.awaitPlan(plan.planId(), token, 1);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);

        // Axon 4.13's event store reads the table again one second after it found nothing new (the
        // default fetch delay), so an event takes up to about a second. The margin is for a busy machine.
        assertThat(latency).isLessThan(Duration.ofSeconds(2));
    }
}
