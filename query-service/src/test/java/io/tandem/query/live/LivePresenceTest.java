package io.tandem.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.query.live.StompTestClient.Connection;
import io.tandem.query.live.StompTestClient.Frames;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.testsupport.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Who is in a plan: presence messages over a real WebSocket, and the lists both organizations receive. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LivePresenceTest {

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
    private String owner;
    private String partner;
    private PlanTimeline plan;

    @BeforeEach
    void setUp() {
        stomp = new StompTestClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "altura-" + suffix;
        partner = "meridian-" + suffix;
        plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        new EventAppender(dataSource).append(plan.events());
        new QueryClient(port).awaitPlan(plan.planId(), token("dana.ruiz", owner), 0);
    }

    @AfterEach
    void tearDown() {
        stomp.close();
    }

    @Test
    void presenceShowsJoinSectionChangeAndLeave() {
        Connection dana = stomp.connect(token("dana.ruiz", owner));
        Frames atDana = dana.subscribe(presenceTopic(), null);
        assertThat(atDana.next().get("viewers")).isEmpty();

        dana.sendPresence(plan.planId(), null);
        JsonNode joined = atDana.next();
        Connection priya = stomp.connect(token("priya.natarajan", partner));
        Frames atPriya = priya.subscribe(presenceTopic(), null);
        JsonNode current = atPriya.next();
        priya.sendPresence(plan.planId(), "pipeline");
        dana.sendPresence(plan.planId(), "risks");
        dana.sendPresence(plan.planId(), "risks");
        priya.close();

        assertThat(joined.get("plan_id").asText()).isEqualTo(plan.planId());
        assertThat(joined.get("viewers")).hasSize(1);
        assertThat(joined.at("/viewers/0/user_id").asText()).isEqualTo("dana.ruiz");
        assertThat(joined.at("/viewers/0/organization").asText()).isEqualTo(owner);
        assertThat(joined.at("/viewers/0/section").isNull()).isTrue();
        assertThat(joined.at("/viewers/0/since").asText()).isNotEmpty();
        assertThat(current).isEqualTo(joined);
        JsonNode bothAtDana = atDana.next();
        JsonNode bothAtPriya = atPriya.next();
        assertThat(bothAtPriya).isEqualTo(bothAtDana);
        assertThat(sections(bothAtDana)).containsExactly("dana.ruiz:null", "priya.natarajan:pipeline");
        JsonNode moved = atDana.next();
        assertThat(sections(moved)).containsExactly("dana.ruiz:risks", "priya.natarajan:pipeline");
        // The repeated message is a keep-alive and changes nothing, so the next list is Priya leaving.
        JsonNode left = atDana.next();
        assertThat(sections(left)).containsExactly("dana.ruiz:risks");
    }

    @Test
    void unknownSectionIsRejected() {
        Connection dana = stomp.connect(token("dana.ruiz", owner));

        dana.send("/app/plans/" + plan.planId() + "/presence", "{\"section\":\"nowhere\"}");

        assertThat(dana.awaitError()).startsWith("Unknown section 'nowhere'");
        dana.awaitClosed();
    }

    @Test
    void presenceBodyMustBeObject() {
        Connection dana = stomp.connect(token("dana.ruiz", owner));

        dana.send("/app/plans/" + plan.planId() + "/presence", "[\"pipeline\"]");

        assertThat(dana.awaitError()).startsWith("The presence body must be");
        dana.awaitClosed();
    }

    @Test
    void presenceIsNeverStoredAsEvents() {
        Connection dana = stomp.connect(token("dana.ruiz", owner));
        Frames atDana = dana.subscribe(presenceTopic(), null);
        atDana.next();

        dana.sendPresence(plan.planId(), "account_team");
        atDana.next();

        Integer stored = new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, plan.planId());
        assertThat(stored).isEqualTo(1);
    }

    private String presenceTopic() {
        return "/topic/plans/" + plan.planId() + "/presence";
    }

    private static List<String> sections(JsonNode list) {
        return list.get("viewers").findValuesAsText("user_id").stream()
                .map(user -> user + ":" + sectionOf(list, user))
                .toList();
    }

    private static String sectionOf(JsonNode list, String user) {
        for (JsonNode viewer : list.get("viewers")) {
            if (viewer.get("user_id").asText().equals(user)) {
                return viewer.get("section").isNull() ? "null" : viewer.get("section").asText();
            }
        }
        return "absent";
    }

    private static String token(String userId, String organization) {
        return TestTokens.get().token(userId, organization);
    }
}
