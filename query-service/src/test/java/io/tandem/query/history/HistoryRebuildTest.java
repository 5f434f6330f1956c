package io.tandem.query.history;

import static io.tandem.query.history.SharedPlan.DANA;
import static io.tandem.query.history.SharedPlan.OWNER;
import static io.tandem.query.history.SharedPlan.PARTNER;
import static io.tandem.query.history.SharedPlan.PRIYA;
import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.RiskRemoved;
import io.tandem.plan.event.TargetRemoved;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Target;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.PartnerRole;
import io.tandem.query.QueryServiceApplication;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.query.support.QueryServiceRunner;
import io.tandem.testsupport.TestTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A rebuild of the projection from an empty token writes the same plan_view, history and checkpoints. */
class HistoryRebuildTest {

    private static final int CHECKPOINT_INTERVAL = 7;

    private final QueryDatabase database = new QueryDatabase();
    private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    private final String ownerToken = TestTokens.get().token(DANA, OWNER);
    private final String partnerToken = TestTokens.get().token(PRIYA, PARTNER);

    @Test
    void rebuildWritesTheSameRowsAsLiveProjection() {
        List<PlanTimeline> plans = List.of(SharedPlan.create(), planWithManyEdits());
        Map<String, List<Map<String, Object>>> live;
        String ownerAsOf;
        String partnerAsOf;
        try (ConfigurableApplicationContext service = start()) {
            QueryClient client = QueryServiceRunner.client(service);
            EventAppender events = new EventAppender(database.dataSource());
            // Appended in several transactions, as edits arrive one by one.
            for (PlanTimeline plan : plans) {
                plan.events().forEach(event -> events.append(List.of(event)));
            }
            awaitAll(client, plans);
            live = rows();
            ownerAsOf = client.get(asOfPath(plans.get(1)), ownerToken).body().toString();
            partnerAsOf = client.get(asOfPath(plans.get(1)), partnerToken).body().toString();
        }
        assertThat(live.get("plan_change")).hasSize(plans.stream().mapToInt(plan -> plan.events().size()).sum());
        assertThat(live.get("plan_checkpoint")).hasSizeGreaterThan(6);

        jdbc.update("DELETE FROM token_entry");
        jdbc.update("DELETE FROM plan_view");
        jdbc.update("DELETE FROM plan_change");
        jdbc.update("DELETE FROM plan_checkpoint");
        try (ConfigurableApplicationContext rebuilt = start()) {
            QueryClient client = QueryServiceRunner.client(rebuilt);
            awaitAll(client, plans);

            assertThat(rows()).isEqualTo(live);
            assertThat(client.get(asOfPath(plans.get(1)), ownerToken).body().toString()).isEqualTo(ownerAsOf);
            assertThat(client.get(asOfPath(plans.get(1)), partnerToken).body().toString()).isEqualTo(partnerAsOf);
        }
    }

    /** Forty-odd edits by both organizations: shared and internal deals, risks, targets and three reviews. */
    private static PlanTimeline planWithManyEdits() {
        PlanTimeline plan = PlanTimeline.create(DANA, OWNER, PARTNER, SharedPlan.START)
                .then(id -> new ContactAdded(id, SharedPlan.contact("c1", "CIO"), null))
                .then(id -> new ContactAdded(id, SharedPlan.contact("c4", "Data Platform Lead"), OWNER));
        for (int round = 1; round <= 3; round++) {
            int r = round;
            plan.by(DANA, OWNER)
                    .then(id -> new DealAdded(id, deal("d" + r, DealStage.DISCOVERY, 100000L * r), null))
                    .then(id -> new DealAdded(id, deal("x" + r, DealStage.QUALIFICATION, 50000), OWNER))
                    .then(id -> new DealUpdated(id, deal("d" + r, DealStage.PROPOSAL, 100000L * r),
                            List.of("stage")))
                    .then(id -> new ContactUpdated(id, SharedPlan.contact("c4", "Head of Data " + r),
                            List.of("title")))
                    .by(PRIYA, PARTNER)
                    .then(id -> new RiskAdded(id, SharedPlan.risk(Level.LOW), PARTNER))
                    .then(id -> new TargetSet(id, new Target("FY2026-H" + (r % 2 + 1),
                            PlanTimeline.usd(900000 + r), null)))
                    .then(id -> new DealUpdated(id, deal("d" + r, DealStage.NEGOTIATION, 120000L * r),
                            List.of("stage", "amount")))
                    .then(id -> new RiskRemoved(id, "r3"))
                    .by(DANA, OWNER)
                    .then(id -> new DealUpdated(id, deal("x" + r, DealStage.PROPOSAL, 50000), List.of("stage")))
                    .then(id -> new DealRemoved(id, "x" + r))
                    .then(id -> new ReviewRecorded(id, "Review " + r, "Round " + r))
                    .then(id -> new TargetRemoved(id, "FY2026-H" + (r % 2 + 1)));
        }
        return plan;
    }

    private static Deal deal(String ref, DealStage stage, long amount) {
        return new Deal(ref, "Deal " + ref, stage, PlanTimeline.usd(amount), null, PartnerRole.CO_SELL,
                LocalDate.parse("2026-12-15"));
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>();
        database.serviceProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.add("--tandem.history.checkpoint-interval=" + CHECKPOINT_INTERVAL);
        return new SpringApplicationBuilder(QueryServiceApplication.class).run(arguments.toArray(String[]::new));
    }

    private void awaitAll(QueryClient client, List<PlanTimeline> plans) {
        for (PlanTimeline plan : plans) {
            client.awaitPlan(plan.planId(), ownerToken, plan.version());
        }
    }

    private static String asOfPath(PlanTimeline plan) {
        return "/api/plans/" + plan.planId() + "/as-of?version=" + (plan.version() - 5);
    }

    private Map<String, List<Map<String, Object>>> rows() {
        return Map.of(
                "plan_view", jdbc.queryForList("""
                        SELECT plan_id, owner_org, owner_org_name, partner_org, partner_org_name, account, tier,
                               version, updated_at, state::text AS state
                        FROM plan_view ORDER BY plan_id
                        """),
                "plan_change", jdbc.queryForList("""
                        SELECT plan_id, version, at, user_id, user_name, organization, section, collection, ref,
                               action, internal_to, fields::text AS fields
                        FROM plan_change ORDER BY plan_id, version
                        """),
                "plan_checkpoint", jdbc.queryForList("""
                        SELECT plan_id, version, state::text AS state FROM plan_checkpoint ORDER BY plan_id, version
                        """));
    }
}
