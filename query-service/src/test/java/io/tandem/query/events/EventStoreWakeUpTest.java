package io.tandem.query.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tandem.plan.event.TierSet;
import io.tandem.query.projection.PlanProjection;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Events appended by another writer, as command-service appends them, reach the projection on the
 * PostgreSQL notification. The poll is set to 30 s, so an event can only arrive sooner if the
 * notification woke the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed after the class, because no other test class shares its settings and open contexts keep connections.
@DirtiesContext
class EventStoreWakeUpTest {

    private static final QueryDatabase DATABASE = new QueryDatabase();
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");
    /** Generous for a busy 2-core machine, and still two orders of magnitude below the poll. */
    private static final Duration NOTIFIED_LATENCY = Duration.ofMillis(300);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("tandem.events.fetch-delay", () -> "30s");
    }

    @TestConfiguration
    static class Recording {
        @Bean
        ProjectedChanges projectedChanges() {
            return new ProjectedChanges();
        }
    }

    @Autowired
    private ProjectedChanges projected;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private EventStorageEngine storageEngine;

    @Autowired
    private Configuration axonConfiguration;

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    private final DataSource writer = DATABASE.dataSource();
    private final EventAppender events = new EventAppender(writer);
    private final JdbcTemplate jdbc = new JdbcTemplate(writer);

    @Test
    void projectsOtherWritersEventsWithoutWaitingForPoll() throws InterruptedException {
        PlanTimeline plan = createPlan();

        for (int edit = 1; edit <= 5; edit++) {
            assertThat(appendAndTimeProjection(plan, 1 + edit % 3)).isLessThan(NOTIFIED_LATENCY);
        }
    }

    @Test
    void keepsProjectingAfterListenerSessionIsTerminated() throws InterruptedException {
        PlanTimeline plan = createPlan();
        int firstSession = ListenerSessions.pid(jdbc).orElseThrow();

        ListenerSessions.terminate(jdbc, firstSession);
        Optional<Integer> secondSession = await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> ListenerSessions.pid(jdbc), pid -> pid.isPresent() && pid.get() != firstSession);

        assertThat(secondSession).isPresent();
        for (int edit = 1; edit <= 3; edit++) {
            assertThat(appendAndTimeProjection(plan, 1 + edit % 3)).isLessThan(NOTIFIED_LATENCY);
        }
    }

    @Test
    void feedsWakeableStoreToTrackingProcessor() {
        TrackingEventProcessor processor = eventProcessing
                .eventProcessor(PlanProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();

        assertThat(eventStore).isInstanceOf(WakeableEventStore.class);
        assertThat(axonConfiguration.eventStore()).isSameAs(eventStore);
        assertThat(processor.getMessageSource()).isSameAs(eventStore);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
    }

    private PlanTimeline createPlan() throws InterruptedException {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);
        events.append(plan.events());
        projected.awaitStored(plan.planId(), 0, TIMEOUT);
        return plan;
    }

    /** Appends the next edit of the plan and returns how long until the projection stored it. */
    private Duration appendAndTimeProjection(PlanTimeline plan, int tier) throws InterruptedException {
        plan.then(id -> new TierSet(id, tier));
        long appending = System.nanoTime();
        events.append(plan.eventsAfter(plan.version() - 1));
        long stored = projected.awaitStored(plan.planId(), plan.version(), TIMEOUT);
        return Duration.ofNanos(stored - appending);
    }
}
