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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A viewer whose connection stays open but sends no presence message leaves the list after the timeout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.live.presence-timeout=1s",
        "tandem.live.presence-sweep-interval=100ms"})
class PresenceExpiryTest {

    private static final QueryDatabase DATABASE = new QueryDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    private DataSource dataSource;

    @LocalServerPort
    private int port;

    @Test
    void silentViewerExpiresWhileActiveViewerStays() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String owner = "altura-" + suffix;
        String partner = "meridian-" + suffix;
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, Instant.parse("2026-06-02T09:00:00Z"));
        new EventAppender(dataSource).append(plan.events());
        new QueryClient(port).awaitPlan(plan.planId(), TestTokens.get().token("dana.ruiz", owner), 0);
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor();
        try (StompTestClient stomp = new StompTestClient(port)) {
            Connection watcher = stomp.connect(TestTokens.get().token("sam.okafor", owner));
            Frames lists = watcher.subscribe("/topic/plans/" + plan.planId() + "/presence", null);
            lists.next();
            Connection silent = stomp.connect(TestTokens.get().token("tom.hale", partner));
            Connection active = stomp.connect(TestTokens.get().token("priya.natarajan", partner));

            silent.sendPresence(plan.planId(), "whitespace");
            active.sendPresence(plan.planId(), "pipeline");
            keepAlive.scheduleAtFixedRate(() -> active.sendPresence(plan.planId(), "pipeline"), 200, 200,
                    TimeUnit.MILLISECONDS);

            assertThat(users(lists.next())).containsExactly("tom.hale");
            assertThat(users(lists.next())).containsExactly("tom.hale", "priya.natarajan");
            assertThat(users(lists.next())).containsExactly("priya.natarajan");
            assertThat(silent.awaitConnected().isConnected()).isTrue();
        } finally {
            keepAlive.shutdownNow();
        }
    }

    private static List<String> users(JsonNode list) {
        return list.get("viewers").findValuesAsText("user_id");
    }
}
