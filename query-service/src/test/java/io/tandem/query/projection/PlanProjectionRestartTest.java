package io.tandem.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactRemoved;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.ProjectionToken;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.query.support.QueryServiceRunner;
import io.tandem.testsupport.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The projection across restarts of the query service on the same database. */
class PlanProjectionRestartTest {

    private static final String OWNER = "altura";
    private static final String PARTNER = "meridian";
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");

    private final QueryDatabase database = new QueryDatabase();
    private final EventAppender events = new EventAppender(database.dataSource());
    private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    private final String ownerToken = TestTokens.get().token("dana.ruiz", OWNER);
    private final String partnerToken = TestTokens.get().token("priya.natarajan", PARTNER);

    @Test
    void resumesFromItsTokenAfterRestart() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new ContactAdded(id, contact("c1", "CIO"), null))
                .then(id -> new ReviewRecorded(id, "FY2026 Q2 QBR", null));
        try (ConfigurableApplicationContext first = QueryServiceRunner.start(database, DeliveredEvents.class)) {
            events.append(plan.events());
            QueryServiceRunner.client(first).awaitPlan(plan.planId(), ownerToken, 2);
            assertThat(first.getBean(DeliveredEvents.class).delivered()).containsExactly(
                    plan.planId() + "@0", plan.planId() + "@1", plan.planId() + "@2");
        }
        long tokenBeforeRestart = tokenIndex();
        assertThat(tokenBeforeRestart).isEqualTo(lastGlobalIndex());

        plan.then(id -> new ContactAdded(id, contact("c2", "VP Network Operations"), null))
                .then(id -> new ContactRemoved(id, "c1"))
                .then(id -> new ReviewRecorded(id, "FY2026 Q3 QBR", null));
        events.append(plan.eventsAfter(2));
        try (ConfigurableApplicationContext second = QueryServiceRunner.start(database, DeliveredEvents.class)) {
            JsonNode view = QueryServiceRunner.client(second).awaitPlan(plan.planId(), ownerToken, 5);

            assertThat(second.getBean(DeliveredEvents.class).delivered()).containsExactly(
                    plan.planId() + "@3", plan.planId() + "@4", plan.planId() + "@5");
            assertThat(view.get("version").asLong()).isEqualTo(5);
            assertThat(view.get("contacts").findValuesAsText("ref")).containsExactly("c2");
            assertThat(view.get("reviews").findValuesAsText("name"))
                    .containsExactly("FY2026 Q2 QBR", "FY2026 Q3 QBR");
        }
        assertThat(tokenIndex()).isGreaterThan(tokenBeforeRestart);
        assertThat(tokenIndex()).isEqualTo(lastGlobalIndex());
    }

    @Test
    void rebuildsTheSameProjectionFromNothing() {
        PlanTimeline first = planWithEveryKindOfChange();
        PlanTimeline second = planWithEveryKindOfChange();
        JsonNode ownerViewBefore;
        JsonNode partnerViewBefore;
        try (ConfigurableApplicationContext live = QueryServiceRunner.start(database)) {
            events.append(first.events());
            events.append(second.events());
            QueryClient client = QueryServiceRunner.client(live);
            client.awaitPlan(first.planId(), ownerToken, first.version());
            client.awaitPlan(second.planId(), ownerToken, second.version());
            ownerViewBefore = client.get("/api/plans/" + first.planId(), ownerToken).body();
            partnerViewBefore = client.get("/api/plans/" + first.planId(), partnerToken).body();
        }
        List<Map<String, Object>> rowsBefore = projectionRows();

        jdbc.update("DELETE FROM token_entry");
        jdbc.update("DELETE FROM plan_view");
        try (ConfigurableApplicationContext rebuilt = QueryServiceRunner.start(database)) {
            QueryClient client = QueryServiceRunner.client(rebuilt);
            client.awaitPlan(first.planId(), ownerToken, first.version());
            client.awaitPlan(second.planId(), ownerToken, second.version());

            assertThat(projectionRows()).isEqualTo(rowsBefore);
            assertThat(client.get("/api/plans/" + first.planId(), ownerToken).body()).isEqualTo(ownerViewBefore);
            assertThat(client.get("/api/plans/" + first.planId(), partnerToken).body())
                    .isEqualTo(partnerViewBefore);
        }
    }

    private static PlanTimeline planWithEveryKindOfChange() {
        return PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new ContactAdded(id, contact("c2", "VP Network Operations"), null))
                .then(id -> new ContactAdded(id, contact("c1", "CIO"), null))
                .then(id -> new ContactAdded(id, contact("c4", "Data Platform Lead"), OWNER))
                .then(id -> new ContactUpdated(id, contact("c1", "Chief Digital Officer"), List.of("title")))
                .then(id -> new TargetSet(id, new Target("FY2026-H2", PlanTimeline.usd(900000), null)))
                .by("priya.natarajan", PARTNER)
                .then(id -> new RiskAdded(id, new Risk("r3", "Quota relief ends in Q4", Level.MEDIUM, Level.MEDIUM,
                        null, null), PARTNER))
                .then(id -> new ContactRemoved(id, "c2"))
                .then(id -> new TierSet(id, 2))
                .then(id -> new ReviewRecorded(id, "FY2026 Q3 QBR", "Tier lowered"));
    }

    private List<Map<String, Object>> projectionRows() {
        return jdbc.queryForList("""
                SELECT plan_id, owner_org, owner_org_name, partner_org, partner_org_name, account, tier, version,
                       updated_at, state::text AS state
                FROM plan_view ORDER BY plan_id
                """);
    }

    private long tokenIndex() {
        return ProjectionToken.index(jdbc);
    }

    private long lastGlobalIndex() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    private static Contact contact(String ref, String title) {
        return new Contact(ref, "Contact " + ref, title, null, RelationshipStrength.NEUTRAL, null, null);
    }
}
