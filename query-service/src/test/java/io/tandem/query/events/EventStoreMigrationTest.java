package io.tandem.query.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.plan.event.TierSet;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryDatabase;
import io.tandem.query.support.QueryServiceRunner;
import io.tandem.testsupport.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification trigger's migration on new databases, on databases of earlier releases, and twice. */
class EventStoreMigrationTest {

    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");

    private final QueryDatabase database = new QueryDatabase();
    private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

    @Test
    void upgradesDatabaseWithLaterQueryMigrationsApplied(@TempDir Path earlierRelease) throws IOException {
        // The migrations of the release before the trigger: query-service's history then ends at V2.
        copy("db/eventstore/V1__axon_event_store.sql", earlierRelease);
        copy("db/query/V2__plan_view.sql", earlierRelease);
        flyway("flyway_history_query", "filesystem:" + earlierRelease).migrate();

        try (ConfigurableApplicationContext service = QueryServiceRunner.start(database)) {
            PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START)
                    .then(id -> new TierSet(id, 2));
            new EventAppender(database.dataSource()).append(plan.events());
            QueryServiceRunner.client(service).awaitPlan(plan.planId(), TestTokens.get().token("dana.ruiz", "altura"),
                    1);
        }

        assertThat(appliedVersions("flyway_history_query")).contains("1", "1.1", "2");
        assertThat(notifyTriggers()).isEqualTo(1);
    }

    @Test
    void appliesUnderBothServicesHistories() {
        flyway("flyway_history_command", "classpath:db/eventstore").migrate();
        flyway("flyway_history_query", "classpath:db/eventstore", "classpath:db/query").migrate();

        assertThat(appliedVersions("flyway_history_command")).containsExactly("1", "1.1");
        assertThat(appliedVersions("flyway_history_query")).contains("1", "1.1");
        assertThat(notifyTriggers()).isEqualTo(1);
    }

    /** Configures Flyway as the services' application.yml does, with a history table of its own. */
    private Flyway flyway(String historyTable, String... locations) {
        Map<String, Object> settings = database.serviceProperties();
        return Flyway.configure()
                .dataSource((String) settings.get("spring.datasource.url"),
                        (String) settings.get("spring.datasource.username"),
                        (String) settings.get("spring.datasource.password"))
                .locations(locations)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private List<String> appliedVersions(String historyTable) {
        return jdbc.queryForList("SELECT version FROM " + historyTable + " WHERE success ORDER BY installed_rank",
                String.class);
    }

    private int notifyTriggers() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_trigger WHERE tgname = 'domain_event_entry_notify'",
                Integer.class);
    }

    private static void copy(String resource, Path folder) throws IOException {
        try (InputStream in = EventStoreMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, folder.resolve(Path.of(resource).getFileName()));
        }
    }
}
