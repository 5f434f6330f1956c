package io.tandem.query.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tandem.plan.event.TierSet;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The listener on its own, against the notification trigger of the event store migration. */
class EventAppendListenerTest {

    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");
    private static final Duration WAKE_TIMEOUT = Duration.ofSeconds(5);

    private final TestDatabase.Database database = TestDatabase.createDatabase();
    private final DataSource dataSource = migrate(database);
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final EventAppender events = new EventAppender(dataSource);
    private final AtomicInteger wakes = new AtomicInteger();
    private final EventAppendListener listener = new EventAppendListener(database.url(), database.username(),
            database.password(), wakes::incrementAndGet);

    @AfterEach
    void stopListener() {
        listener.stop();
    }

    @Test
    void wakesOnceConnectedAndAfterEachCommit() {
        listener.start();
        awaitWakes(1);
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);

        events.append(plan.events());
        awaitWakes(2);
        plan.then(id -> new TierSet(id, 2));
        events.append(plan.eventsAfter(0));
        awaitWakes(3);

        assertThat(ListenerSessions.pid(jdbc)).isPresent();
    }

    @Test
    void reconnectsAfterSessionIsTerminated() {
        listener.start();
        awaitWakes(1);
        int firstSession = awaitSession(Optional.empty());

        ListenerSessions.terminate(jdbc, firstSession);
        int secondSession = awaitSession(Optional.of(firstSession));
        // The listener wakes the readers once it listens again, for events committed in between.
        awaitWakes(2);
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);
        events.append(plan.events());

        awaitWakes(3);
        assertThat(secondSession).isNotEqualTo(firstSession);
    }

    @Test
    void closesSessionWhenStopped() {
        listener.start();
        awaitSession(Optional.empty());

        listener.stop();

        assertThat(listener.isRunning()).isFalse();
        await().atMost(WAKE_TIMEOUT).until(() -> ListenerSessions.pid(jdbc).isEmpty());
    }

    private void awaitWakes(int count) {
        await().atMost(WAKE_TIMEOUT).pollInterval(Duration.ofMillis(10)).until(() -> wakes.get() >= count);
    }

    /** Waits for a listener session other than {@code previous}, and returns its process id. */
    private int awaitSession(Optional<Integer> previous) {
        return await().atMost(WAKE_TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> ListenerSessions.pid(jdbc), pid -> pid.isPresent() && !pid.equals(previous))
                .orElseThrow();
    }

    private static DataSource migrate(TestDatabase.Database database) {
        org.flywaydb.core.Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/eventstore")
                .table("flyway_history_command")
                .load()
                .migrate();
        return new DriverManagerDataSource(database.url(), database.username(), database.password());
    }
}
