package io.tandem.query.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.plan.event.TierSet;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryDatabase;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With notifications switched off, the event store still finds other writers' events by polling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed after the class, because no other test class shares its settings and open contexts keep connections.
@DirtiesContext
class PollingFallbackTest {

    private static final QueryDatabase DATABASE = new QueryDatabase();
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");
    private static final Duration FETCH_DELAY = Duration.ofMillis(500);
    /** One poll interval, plus a margin for a busy machine. */
    private static final Duration POLLED_LATENCY = FETCH_DELAY.plusSeconds(2);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("tandem.events.notify-enabled", () -> "false");
        registry.add("tandem.events.fetch-delay", () -> FETCH_DELAY.toMillis() + "ms");
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
    private ApplicationContext context;

    @Test
    void projectsOtherWritersEventsByPolling() throws InterruptedException {
        DataSource writer = DATABASE.dataSource();
        EventAppender events = new EventAppender(writer);
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);
        events.append(plan.events());
        projected.awaitStored(plan.planId(), 0, Duration.ofSeconds(10));

        for (int edit = 1; edit <= 3; edit++) {
            int tier = 1 + edit % 3;
            plan.then(id -> new TierSet(id, tier));
            long appending = System.nanoTime();
            events.append(plan.eventsAfter(plan.version() - 1));
            long stored = projected.awaitStored(plan.planId(), plan.version(), Duration.ofSeconds(10));
            assertThat(Duration.ofNanos(stored - appending)).isLessThan(POLLED_LATENCY);
        }
        assertThat(context.getBeansOfType(EventAppendListener.class)).isEmpty();
        assertThat(ListenerSessions.pid(new JdbcTemplate(writer))).isEmpty();
    }
}
