package io.tandem.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactRemoved;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.RiskUpdated;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.event.ValuePropositionSet;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.PartnerRole;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.query.live.StompTestClient.Connection;
import io.tandem.query.live.StompTestClient.Frames;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.testsupport.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Change frames of a running query service, fed by events appended to the event store the way
 * command-service appends them, and received over a real WebSocket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveChangesTest {

    private static final QueryDatabase DATABASE = new QueryDatabase();
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    private DataSource dataSource;

    @LocalServerPort
    private int port;

    private StompTestClient stomp;
    private EventAppender events;
    private QueryClient query;
    private String owner;
    private String partner;

    @BeforeEach
    void setUp() {
        stomp = new StompTestClient(port);
        events = new EventAppender(dataSource);
        query = new QueryClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "altura-" + suffix;
        partner = "meridian-" + suffix;
    }

    @AfterEach
    void tearDown() {
        stomp.close();
    }

    @Test
    void eachOrganizationReceivesTheOthersChange() {
        PlanTimeline plan = storedPlan();
        Frames atOwner = stomp.connect(token("dana.ruiz", owner)).subscribe(topic(plan), null);
        Frames atPartner = stomp.connect(token("priya.natarajan", partner)).subscribe(topic(plan), null);

        append(plan, plan.by("dana.ruiz", owner).then(id -> new DealAdded(id, deal("d1", DealStage.PROPOSAL), null)));
        append(plan, plan.by("priya.natarajan", partner)
                .then(id -> new DealUpdated(id, deal("d1", DealStage.NEGOTIATION), List.of("stage"))));

        List<JsonNode> partnerFrames = atPartner.untilVersion(2);
        List<JsonNode> ownerFrames = atOwner.untilVersion(2);
        assertThat(partnerFrames).hasSize(2);
        assertThat(ownerFrames).isEqualTo(partnerFrames);
        JsonNode added = partnerFrames.get(0);
        assertThat(added.get("plan_id").asText()).isEqualTo(plan.planId());
        assertThat(added.get("version").asLong()).isEqualTo(1);
        assertThat(added.get("previous_version").asLong()).isEqualTo(-1);
        assertThat(added.get("at").asText()).isEqualTo("2026-06-02T09:01:00Z");
        assertThat(added.get("section").asText()).isEqualTo("pipeline");
        assertThat(added.get("collection").asText()).isEqualTo("deals");
        assertThat(added.get("ref").asText()).isEqualTo("d1");
        assertThat(added.get("action").asText()).isEqualTo("added");
        assertThat(added.at("/item/stage").asText()).isEqualTo("proposal");
        assertThat(added.at("/item/visibility").asText()).isEqualTo("shared");
        assertThat(added.at("/by/user_id").asText()).isEqualTo("dana.ruiz");
        assertThat(added.at("/by/name").asText()).isEqualTo("DANA.RUIZ");
        assertThat(added.at("/by/organization").asText()).isEqualTo(owner);
        JsonNode updated = ownerFrames.get(1);
        assertThat(updated.get("previous_version").asLong()).isEqualTo(1);
        assertThat(updated.get("action").asText()).isEqualTo("updated");
        assertThat(updated.at("/by/organization").asText()).isEqualTo(partner);
        assertThat(updated.get("fields")).hasSize(1);
        assertThat(updated.at("/fields/0/field").asText()).isEqualTo("stage");
        assertThat(updated.at("/fields/0/before").asText()).isEqualTo("proposal");
        assertThat(updated.at("/fields/0/after").asText()).isEqualTo("negotiation");
        assertThat(updated.at("/item/stage").asText()).isEqualTo("negotiation");
    }

    @Test
    void framesDescribeEveryKindOfChange() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START)
                .then(id -> new TierSet(id, 2))
                .then(id -> new ValuePropositionSet(id, new ValueProposition("Faster routes",
                        List.of("Fewer empty miles"), List.of("Joint data platform"))))
                .then(id -> new TargetSet(id, new Target("FY2026-H2", PlanTimeline.usd(1200000), null)))
                .then(id -> new DealAdded(id, deal("d1", DealStage.PROPOSAL), null))
                .then(id -> new DealRemoved(id, "d1"))
                .then(id -> new ReviewRecorded(id, "Q3 QBR", "Targets agreed"));
        events.append(plan.events());
        query.awaitPlan(plan.planId(), token("dana.ruiz", owner), 0);

        List<JsonNode> frames = stomp.connect(token("dana.ruiz", owner)).subscribe(topic(plan), -1L).untilVersion(6);

        assertThat(versions(frames)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(frames).extracting(frame -> frame.get("action").asText())
                .containsExactly("created", "set", "set", "added", "added", "removed", "recorded");
        JsonNode created = frames.get(0);
        assertThat(created.get("previous_version").asLong()).isEqualTo(-1);
        assertThat(created.get("section").asText()).isEqualTo("plan");
        assertThat(created.at("/item/owner_org").asText()).isEqualTo(owner);
        assertThat(created.at("/item/partner_org").asText()).isEqualTo(partner);
        assertThat(created.at("/item/tier").asInt()).isEqualTo(1);
        assertThat(created.at("/item/account_overview/account").asText()).isEqualTo("Kestrel Logistics Group");
        assertThat(frames.get(1).get("item").toString()).isEqualTo("{\"tier\":2}");
        assertThat(frames.get(2).get("section").asText()).isEqualTo("value_proposition");
        assertThat(frames.get(2).has("collection")).isFalse();
        assertThat(frames.get(2).at("/item/combined_value").asText()).isEqualTo("Faster routes");
        assertThat(frames.get(3).get("collection").asText()).isEqualTo("targets");
        assertThat(frames.get(3).get("ref").asText()).isEqualTo("FY2026-H2");
        assertThat(frames.get(3).at("/item/revenue_target/amount").asInt()).isEqualTo(1200000);
        assertThat(frames.get(5).get("ref").asText()).isEqualTo("d1");
        assertThat(frames.get(5).has("item")).isFalse();
        assertThat(frames.get(5).at("/fields/0/before")).isNotNull();
        assertThat(frames.get(6).get("collection").asText()).isEqualTo("reviews");
        assertThat(frames.get(6).at("/item/name").asText()).isEqualTo("Q3 QBR");
        assertThat(frames.get(6).at("/item/version").asLong()).isEqualTo(6);
    }

    @Test
    void burstInOneBatchArrivesInOrderOnce() {
        PlanTimeline plan = storedPlan();
        Frames frames = stomp.connect(token("priya.natarajan", partner)).subscribe(topic(plan), null);
        for (int i = 1; i <= 40; i++) {
            int tier = i % 3 + 1;
            plan.then(id -> new TierSet(id, tier));
        }
        // One transaction, so the projection reads the whole burst in one batch.
        events.append(plan.eventsAfter(0));
        events.append(plan.then(id -> new TierSet(id, 3)).eventsAfter(40));

        List<JsonNode> received = frames.untilVersion(41);

        assertThat(versions(received)).containsExactlyElementsOf(range(1, 41));
        assertPreviousVersionsChain(received, -1);
    }

    @Test
    void reconnectCatchesUpWhileEditsContinue() throws Exception {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        for (int i = 1; i <= 10; i++) {
            plan.then(id -> new TierSet(id, 2));
        }
        events.append(plan.events());
        query.awaitPlan(plan.planId(), token("dana.ruiz", owner), 0);
        Connection first = stomp.connect(token("priya.natarajan", partner));
        Frames before = first.subscribe(topic(plan), 0L);
        assertThat(versions(before.untilVersion(10))).containsExactlyElementsOf(range(1, 10));

        long lastVersion = 60;
        CountDownLatch resubscribing = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (long version = 11; version <= lastVersion; version++) {
                if (version == 31) {
                    // The second half goes in while the new subscription registers and catches up.
                    awaitQuietly(resubscribing);
                }
                int tier = (int) (version % 3) + 1;
                events.append(plan.then(id -> new TierSet(id, tier)).eventsAfter(version - 1));
            }
        });
        List<JsonNode> seen = before.untilVersion(15);
        first.close();
        long resumeAfter = seen.get(seen.size() - 1).get("version").asLong();
        Connection second = stomp.connect(token("priya.natarajan", partner));
        resubscribing.countDown();
        Frames after = second.subscribe(topic(plan), resumeAfter);
        List<JsonNode> resumed = after.untilVersion(lastVersion);
        writer.get(30, TimeUnit.SECONDS);

        assertThat(versions(resumed)).containsExactlyElementsOf(range(resumeAfter + 1, lastVersion));
        assertPreviousVersionsChain(resumed, resumeAfter);
    }

    @Test
    void internalItemsNeverReachTheOtherOrganization() {
        PlanTimeline plan = storedPlan();
        Frames atOwner = stomp.connect(token("dana.ruiz", owner)).subscribe(topic(plan), null);
        Frames atPartner = stomp.connect(token("priya.natarajan", partner)).subscribe(topic(plan), null);

        plan.by("dana.ruiz", owner)
                .then(id -> new RiskAdded(id, risk("hidden-risk-r2", Level.HIGH), owner))
                .then(id -> new RiskUpdated(id, risk("hidden-risk-r2", Level.MEDIUM), List.of("likelihood")))
                .then(id -> new TierSet(id, 2))
                .by("priya.natarajan", partner)
                .then(id -> new ContactAdded(id, contact("hidden-contact-c9"), partner))
                .then(id -> new ContactRemoved(id, "hidden-contact-c9"))
                .then(id -> new DealAdded(id, deal("d1", DealStage.DISCOVERY), null));
        append(plan, plan);

        List<JsonNode> ownerFrames = atOwner.untilVersion(6);
        List<JsonNode> partnerFrames = atPartner.untilVersion(6);
        assertThat(versions(ownerFrames)).containsExactly(1L, 2L, 3L, 6L);
        assertThat(previousVersions(ownerFrames)).containsExactly(-1L, 1L, 2L, 3L);
        assertThat(versions(partnerFrames)).containsExactly(3L, 4L, 5L, 6L);
        assertThat(previousVersions(partnerFrames)).containsExactly(-1L, 3L, 4L, 5L);
        assertThat(partnerFrames.toString()).doesNotContain("hidden-risk-r2");
        assertThat(ownerFrames.toString()).doesNotContain("hidden-contact-c9");
        assertThat(ownerFrames.get(0).at("/item/visibility").asText()).isEqualTo("internal");

        List<JsonNode> ownerCatchUp = stomp.connect(token("dana.ruiz", owner)).subscribe(topic(plan), -1L)
                .untilVersion(6);
        List<JsonNode> partnerCatchUp = stomp.connect(token("priya.natarajan", partner)).subscribe(topic(plan), 2L)
                .untilVersion(6);
        assertThat(versions(ownerCatchUp)).containsExactly(0L, 1L, 2L, 3L, 6L);
        assertThat(versions(partnerCatchUp)).containsExactly(3L, 4L, 5L, 6L);
        assertThat(previousVersions(partnerCatchUp)).containsExactly(2L, 3L, 4L, 5L);
        assertThat(partnerCatchUp.toString()).doesNotContain("hidden-risk-r2");
        assertThat(ownerCatchUp.toString()).doesNotContain("hidden-contact-c9");
    }

    @Test
    void sinceVersionAtLatestSendsOnlyNewChanges() {
        PlanTimeline plan = storedPlan().then(id -> new TierSet(id, 2));
        append(plan, plan);
        Frames frames = stomp.connect(token("dana.ruiz", owner)).subscribe(topic(plan), 1L);

        append(plan, plan.then(id -> new TierSet(id, 3)));

        JsonNode next = frames.next();
        assertThat(next.get("version").asLong()).isEqualTo(2);
        assertThat(next.get("previous_version").asLong()).isEqualTo(1);
    }

    /** Appends the events after the read side's current version and waits until the read side shows them. */
    private void append(PlanTimeline plan, PlanTimeline appended) {
        long stored = query.get("/api/plans/" + plan.planId(), token("dana.ruiz", owner)).body()
                .path("version").asLong(-1);
        events.append(appended.eventsAfter(stored));
        query.awaitPlan(plan.planId(), token("dana.ruiz", owner), appended.version());
    }

    private PlanTimeline storedPlan() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        events.append(plan.events());
        query.awaitPlan(plan.planId(), token("dana.ruiz", owner), 0);
        return plan;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(StompTestClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertPreviousVersionsChain(List<JsonNode> frames, long sinceVersion) {
        long previous = sinceVersion;
        for (JsonNode frame : frames) {
            assertThat(frame.get("previous_version").asLong()).as("previous_version of " + frame).isEqualTo(previous);
            previous = frame.get("version").asLong();
        }
    }

    private static List<Long> versions(List<JsonNode> frames) {
        return frames.stream().map(frame -> frame.get("version").asLong()).toList();
    }

    private static List<Long> previousVersions(List<JsonNode> frames) {
        return frames.stream().map(frame -> frame.get("previous_version").asLong()).toList();
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    private static String topic(PlanTimeline plan) {
        return "/topic/plans/" + plan.planId();
    }

    private static Deal deal(String ref, DealStage stage) {
        return new Deal(ref, "Route Insights expansion", stage, PlanTimeline.usd(780000), null, PartnerRole.CO_SELL,
                LocalDate.parse("2026-11-30"));
    }

    private static Risk risk(String ref, Level likelihood) {
        return new Risk(ref, "Budget freeze", likelihood, Level.HIGH, "Escalate to the sponsor", "dana.ruiz");
    }

    private static Contact contact(String ref) {
        return new Contact(ref, "Contact " + ref, "CFO", null, RelationshipStrength.NEUTRAL, null, null);
    }

    private static String token(String userId, String organization) {
        return TestTokens.get().token(userId, organization);
    }
}
