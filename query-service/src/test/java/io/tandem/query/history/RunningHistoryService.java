package io.tandem.query.history;

import static io.tandem.query.history.SharedPlan.DANA;
import static io.tandem.query.history.SharedPlan.OWNER;
import static io.tandem.query.history.SharedPlan.PARTNER;
import static io.tandem.query.history.SharedPlan.PRIYA;
import static org.awaitility.Awaitility.await;

import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.testsupport.TestTokens;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running query service for the history, as-of and diff tests, which share its Spring context. It
 * stores a checkpoint every four versions, so most points are replayed from a checkpoint plus some
 * events. Each test appends a new {@link SharedPlan} and waits until the projection has stored it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProjectedStates.class)
abstract class RunningHistoryService {

    private static final QueryDatabase DATABASE = new QueryDatabase();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DATABASE.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("tandem.history.checkpoint-interval", () -> "4");
        // Spring keeps this context open for the rest of the test run, so it uses fewer connections than
        // the default 10. With 3, the projection waited for a connection until Axon interrupted it.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ProjectedStates projected;

    @LocalServerPort
    private int port;

    QueryClient client;
    String ownerToken;
    String partnerToken;
    String planId;

    @BeforeEach
    void appendPlan() {
        client = new QueryClient(port);
        ownerToken = TestTokens.get().token(DANA, "Dana Ruiz", OWNER);
        partnerToken = TestTokens.get().token(PRIYA, "Priya Natarajan", PARTNER);
        PlanTimeline plan = SharedPlan.create();
        new EventAppender(dataSource).append(plan.events());
        client.awaitPlan(plan.planId(), ownerToken, plan.version());
        planId = plan.planId();
        // Listeners run after the projection's commit, so the last state may arrive just after the read.
        await().atMost(QueryClient.PROJECTION_TIMEOUT)
                .until(() -> projected.json(planId, SharedPlan.LAST_VERSION) != null);
    }
}
