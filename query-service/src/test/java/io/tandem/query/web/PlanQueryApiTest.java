package io.tandem.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.cli.token.TokenMinter;
import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Risk;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryClient.Response;
import io.tandem.query.support.QueryDatabase;
import io.tandem.testsupport.TestTokens;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read API of a running query service, fed by events appended to the event store the way
 * command-service appends them. Each test uses organizations of its own, so plans of other tests
 * in the same database do not show up in its lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanQueryApiTest {

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

    private EventAppender events;
    private QueryClient client;
    private String owner;
    private String partner;

    @BeforeEach
    void setUp() {
        events = new EventAppender(dataSource);
        client = new QueryClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "altura-" + suffix;
        partner = "meridian-" + suffix;
    }

    @Test
    void ownerSeesOnlyOwnInternalItems() {
        PlanTimeline plan = planWithInternalItems();
        events.append(plan.events());

        JsonNode view = client.awaitPlan(plan.planId(), token("dana.ruiz", owner), plan.version());

        assertThat(view.get("version").asLong()).isEqualTo(3);
        assertThat(view.get("contacts").findValuesAsText("ref")).containsExactly("c1", "c4");
        assertThat(view.at("/contacts/1/visibility").asText()).isEqualTo("internal");
        assertThat(view.get("risks")).isEmpty();
        assertThat(view.has("internal_items")).isFalse();
    }

    @Test
    void partnerSeesOnlyOwnInternalItems() {
        PlanTimeline plan = planWithInternalItems();
        events.append(plan.events());

        JsonNode view = client.awaitPlan(plan.planId(), token("priya.natarajan", partner), plan.version());

        assertThat(view.get("contacts").findValuesAsText("ref")).containsExactly("c1");
        assertThat(view.get("risks").findValuesAsText("ref")).containsExactly("r3");
        assertThat(view.at("/risks/0/visibility").asText()).isEqualTo("internal");
    }

    @Test
    void listsCallersPlansNewestFirst() {
        PlanTimeline older = PlanTimeline.create("dana.ruiz", owner, partner, START);
        PlanTimeline newer = PlanTimeline.create("dana.ruiz", owner, partner, START.plusSeconds(3600))
                .then(id -> new TierSet(id, 2));
        PlanTimeline asPartner = PlanTimeline.create("someone", "other-" + owner, owner, START.plusSeconds(60));
        PlanTimeline foreign = PlanTimeline.create("someone", "other-" + owner, "third-" + owner, START);
        events.append(older.events());
        events.append(newer.events());
        events.append(asPartner.events());
        events.append(foreign.events());
        client.awaitPlan(foreign.planId(), token("someone", "other-" + owner), 0);

        Response response = client.get("/api/plans", token("dana.ruiz", owner));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().findValuesAsText("plan_id"))
                .containsExactly(newer.planId(), asPartner.planId(), older.planId());
        JsonNode first = response.body().get(0);
        assertThat(first.get("account").asText()).isEqualTo("Kestrel Logistics Group");
        assertThat(first.get("owner_org").asText()).isEqualTo(owner);
        assertThat(first.get("owner_org_name").asText()).isEqualTo(owner + " Inc.");
        assertThat(first.get("partner_org").asText()).isEqualTo(partner);
        assertThat(first.get("partner_org_name").asText()).isEqualTo(partner + " Ltd.");
        assertThat(first.get("tier").asInt()).isEqualTo(2);
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(first.get("updated_at").asText()).isEqualTo("2026-06-02T10:01:00Z");
    }

    @Test
    void listsPlansForThePartnerToo() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        events.append(plan.events());
        client.awaitPlan(plan.planId(), token("dana.ruiz", owner), 0);

        Response response = client.get("/api/plans", token("priya.natarajan", partner));

        assertThat(response.body().findValuesAsText("plan_id")).containsExactly(plan.planId());
    }

    @Test
    void nonMemberSeesNoPlan() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        events.append(plan.events());
        client.awaitPlan(plan.planId(), token("dana.ruiz", owner), 0);
        String outsider = token("victor.mendes", "outsider-" + owner);

        Response view = client.get("/api/plans/" + plan.planId(), outsider);
        Response list = client.get("/api/plans", outsider);

        assertThat(view.status()).isEqualTo(404);
        assertThat(view.body().get("code").asText()).isEqualTo("PLAN_NOT_FOUND");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).isEmpty();
    }

    @Test
    void nonMemberCannotTellAPlanExists() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        events.append(plan.events());
        client.awaitPlan(plan.planId(), token("dana.ruiz", owner), 0);
        String outsider = token("victor.mendes", "outsider-" + owner);
        String unknownId = UUID.randomUUID().toString();

        Response existing = client.get("/api/plans/" + plan.planId(), outsider);
        Response unknown = client.get("/api/plans/" + unknownId, outsider);

        assertThat(existing.status()).isEqualTo(unknown.status());
        assertThat(existing.contentType()).isEqualTo(unknown.contentType());
        assertThat(existing.body().toString().replace(plan.planId(), "ID"))
                .isEqualTo(unknown.body().toString().replace(unknownId, "ID"));
    }

    @Test
    void unknownPlanIsNotFoundProblem() {
        Response response = client.get("/api/plans/" + UUID.randomUUID(), token("dana.ruiz", owner));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("code").asText()).isEqualTo("PLAN_NOT_FOUND");
        assertThat(response.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        Response view = client.get("/api/plans/" + UUID.randomUUID(), null);
        Response list = client.get("/api/plans", null);

        assertThat(view.status()).isEqualTo(401);
        assertThat(view.body().get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(list.status()).isEqualTo(401);
    }

    @Test
    void malformedTokenIsUnauthorized() {
        Response response = client.get("/api/plans", "not-a-jwt");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = new TokenMinter(generator.generateKeyPair())
                .mint("dana.ruiz", "Dana Ruiz", owner, Duration.ofHours(1));

        Response response = client.get("/api/plans", forged);

        assertThat(response.status()).isEqualTo(401);
    }

    private PlanTimeline planWithInternalItems() {
        return PlanTimeline.create("dana.ruiz", owner, partner, START)
                .then(id -> new ContactAdded(id, new Contact("c1", "Aisha Karimi", "CIO", null,
                        RelationshipStrength.STRONG, "economic buyer", null), null))
                .then(id -> new ContactAdded(id, new Contact("c4", "Colin Baptiste", "Data Platform Lead", "c1",
                        RelationshipStrength.NEUTRAL, "detractor", null), owner))
                .by("priya.natarajan", partner)
                .then(id -> new RiskAdded(id, new Risk("r3", "Quota relief ends in Q4", Level.MEDIUM, Level.MEDIUM,
                        "Lock deal registration before October", "Priya Natarajan"), partner));
    }

    private static String token(String userId, String organization) {
        return TestTokens.get().token(userId, organization);
    }
}
