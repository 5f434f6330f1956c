package io.tandem.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.command.CommandServiceApplication;
import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command service on a random local port with its own new PostgreSQL database. Every HTTP
 * test class extends this one unchanged, so Spring's test context cache starts the service once.
 * Snapshots are taken every {@link #SNAPSHOT_THRESHOLD} events so that tests reach them quickly.
 */
// With metrics export on, as in production: Spring Boot's tests otherwise leave out the Prometheus endpoint.
@AutoConfigureObservability
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "tandem.snapshot-threshold=" + CommandApiTest.SNAPSHOT_THRESHOLD})
abstract class CommandApiTest {

    static final int SNAPSHOT_THRESHOLD = 5;

    private static TestDatabase.Database database;

    @LocalServerPort
    private int port;

    @Autowired
    JdbcTemplate jdbc;

    PlanApi api;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database().url());
        registry.add("spring.datasource.username", () -> database().username());
        registry.add("spring.datasource.password", () -> database().password());
        registry.add("tandem.security.public-key-location", () -> TestTokens.get().publicKeyLocation());
    }

    private static synchronized TestDatabase.Database database() {
        if (database == null) {
            database = TestDatabase.createDatabase();
        }
        return database;
    }

    @BeforeEach
    void connect() {
        api = new PlanApi(port);
    }

    /** Creates the sample plan as Dana of the owner organization and returns its id; its version is 0. */
    String createPlan() {
        PlanApi.Response response = api.post(PlanApi.path(), Users.DANA, PlanRequests.CREATE_PLAN);
        assertThat(response.status()).as("creation response %s", response).isEqualTo(201);
        return response.body().path("plan_id").asText();
    }

    /** Sends an edit that must be accepted and returns the plan version after it. */
    long accepted(PlanApi.Response response) {
        assertThat(response.status()).as("response %s", response).isIn(200, 201);
        return response.version();
    }

    /** Counts every stored event of every plan: a rejected request must leave the count unchanged. */
    long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    static void assertProblem(PlanApi.Response response, int status, String code, String field) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.body().path("status").asInt()).as("status member of %s", response).isEqualTo(status);
        assertThat(response.body().path("code").asText()).as("code of %s", response).isEqualTo(code);
        if (field == null) {
            assertThat(response.body().has("field")).as("field of %s", response).isFalse();
        } else {
            assertThat(response.body().path("field").asText()).as("field of %s", response).isEqualTo(field);
        }
    }
}
