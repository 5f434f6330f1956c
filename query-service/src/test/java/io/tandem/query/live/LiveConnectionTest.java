package io.tandem.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.tandem.cli.token.TokenMinter;
import io.tandem.plan.event.TierSet;
import io.tandem.query.live.StompTestClient.Connection;
import io.tandem.query.live.StompTestClient.Frames;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.testsupport.TestTokens;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
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
 * Who may open a live connection and follow a plan: CONNECT needs a valid bearer token, SUBSCRIBE
 * needs a plan of the user's organization, and every rejection is a STOMP ERROR frame followed by
 * the connection's close.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tandem.live.max-catch-up=3")
class LiveConnectionTest {

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
    private String owner;
    private String partner;

    @BeforeEach
    void setUp() {
        stomp = new StompTestClient(port);
        events = new EventAppender(dataSource);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "altura-" + suffix;
        partner = "meridian-" + suffix;
    }

    @AfterEach
    void tearDown() {
        stomp.close();
    }

    @Test
    void connectWithoutTokenIsRejected() {
        Connection connection = stomp.open(null);

        assertThat(connection.awaitError()).contains("bearer token is required");
        connection.awaitClosed();
    }

    @Test
    void connectWithMalformedTokenIsRejected() {
        Connection connection = stomp.open("not-a-jwt");

        assertThat(connection.awaitError()).startsWith("The bearer token is invalid");
        connection.awaitClosed();
    }

    @Test
    void connectWithoutBearerSchemeIsRejected() {
        Connection connection = stomp.openWithHeader("Basic ZGFuYTpzZWNyZXQ=");

        assertThat(connection.awaitError()).contains("must be 'Bearer <token>'");
        connection.awaitClosed();
    }

    @Test
    void connectWithForeignSignatureIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = new TokenMinter(generator.generateKeyPair())
                .mint("dana.ruiz", "Dana Ruiz", owner, Duration.ofHours(1));

        Connection connection = stomp.open(forged);

        assertThat(connection.awaitError()).startsWith("The bearer token is invalid");
        connection.awaitClosed();
    }

    @Test
    void connectWithExpiredTokenIsRejected() throws JOSEException {
        String expired = expiredToken("dana.ruiz", owner);

        Connection connection = stomp.open(expired);

        assertThat(connection.awaitError()).startsWith("The bearer token is invalid").contains("expired");
        connection.awaitClosed();
    }

    @Test
    void connectWithValidTokenSucceeds() {
        try (Connection connection = stomp.connect(token("dana.ruiz", owner))) {
            assertThat(connection.awaitConnected().isConnected()).isTrue();
        }
    }

    @Test
    void nonMemberSubscriptionIsRejected() {
        PlanTimeline plan = storedPlan();
        Connection connection = stomp.connect(token("victor.mendes", "outsider-" + owner));

        Frames frames = connection.subscribeUnconfirmed("/topic/plans/" + plan.planId(), 0L);

        assertThat(connection.awaitError()).isEqualTo("No plan " + plan.planId());
        connection.awaitClosed();
        assertThat(frames.waiting()).isEmpty();
    }

    @Test
    void unknownPlanSubscriptionIsRejected() {
        String unknown = UUID.randomUUID().toString();
        Connection connection = stomp.connect(token("dana.ruiz", owner));

        connection.subscribeUnconfirmed("/topic/plans/" + unknown, null);

        assertThat(connection.awaitError()).isEqualTo("No plan " + unknown);
        connection.awaitClosed();
    }

    @Test
    void nonMemberPresenceSubscriptionIsRejected() {
        PlanTimeline plan = storedPlan();
        Connection connection = stomp.connect(token("victor.mendes", "outsider-" + owner));

        Frames frames = connection.subscribeUnconfirmed("/topic/plans/" + plan.planId() + "/presence", null);

        assertThat(connection.awaitError()).isEqualTo("No plan " + plan.planId());
        connection.awaitClosed();
        assertThat(frames.waiting()).isEmpty();
    }

    @Test
    void nonMemberPresenceMessageIsRejected() {
        PlanTimeline plan = storedPlan();
        Connection connection = stomp.connect(token("victor.mendes", "outsider-" + owner));

        connection.send("/app/plans/" + plan.planId() + "/presence", "{\"section\":null}");

        assertThat(connection.awaitError()).isEqualTo("No plan " + plan.planId());
        connection.awaitClosed();
    }

    @Test
    void unknownDestinationIsRejected() {
        Connection connection = stomp.connect(token("dana.ruiz", owner));

        connection.subscribeUnconfirmed("/topic/everything", null);

        assertThat(connection.awaitError()).startsWith("Unknown destination /topic/everything");
        connection.awaitClosed();
    }

    @Test
    void sendToTopicIsRejected() {
        PlanTimeline plan = storedPlan();
        Connection connection = stomp.connect(token("dana.ruiz", owner));

        connection.send("/topic/plans/" + plan.planId(), "{\"version\":99}");

        assertThat(connection.awaitError()).startsWith("Unknown destination /topic/plans/");
        connection.awaitClosed();
    }

    @Test
    void invalidSinceVersionIsRejected() {
        PlanTimeline plan = storedPlan();
        Connection connection = stomp.connect(token("dana.ruiz", owner));

        connection.subscribeUnconfirmed("/topic/plans/" + plan.planId(), -2L);

        assertThat(connection.awaitError()).startsWith("Invalid since-version '-2'");
        connection.awaitClosed();
    }

    @Test
    void catchUpBeyondMaximumIsRejected() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        for (int tier = 1; tier <= 5; tier++) {
            int next = tier % 3 + 1;
            plan.then(id -> new TierSet(id, next));
        }
        events.append(plan.events());
        new QueryClient(port).awaitPlan(plan.planId(), token("dana.ruiz", owner), plan.version());
        Connection connection = stomp.connect(token("dana.ruiz", owner));

        connection.subscribeUnconfirmed("/topic/plans/" + plan.planId(), 1L);

        assertThat(connection.awaitError()).startsWith("since-version 1 is 4 versions behind the plan's version 5");
        connection.awaitClosed();
    }

    private PlanTimeline storedPlan() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, partner, START);
        events.append(plan.events());
        new QueryClient(port).awaitPlan(plan.planId(), token("dana.ruiz", owner), plan.version());
        return plan;
    }

    /**
     * Returns a token signed with the services' key that expired five minutes ago, beyond the 60 s of
     * clock skew that Spring Security allows.
     */
    private static String expiredToken(String userId, String organization) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenMinter.ISSUER)
                .subject(userId)
                .claim("name", userId)
                .claim("org", organization)
                .issueTime(Date.from(now.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(5))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(TestTokens.get().keys().getPrivate()));
        return jwt.serialize();
    }

    private static String token(String userId, String organization) {
        return TestTokens.get().token(userId, organization);
    }
}
