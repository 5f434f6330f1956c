package io.tandem.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tandem.command.CommandServiceApplication;
import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The readiness probe includes the database, and the liveness probe does not. */
class DatabaseReadinessTest {

    private final TestDatabase.Database database = TestDatabase.createDatabase();

    @Test
    void notReadyWithoutDatabase() {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run("--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        // The health check waits this long for a connection before it reports DOWN.
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--tandem.security.public-key-location=" + TestTokens.get().publicKeyLocation(),
                        "--server.address=127.0.0.1",
                        "--server.port=0")) {
            PlanApi api = new PlanApi(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
            assertThat(api.send(HttpMethod.GET, "/actuator/health/readiness", null, null).status()).isEqualTo(200);

            dropDatabase();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                PlanApi.Response readiness = api.send(HttpMethod.GET, "/actuator/health/readiness", null, null);
                assertThat(readiness.status()).as("readiness %s", readiness).isEqualTo(503);
                assertThat(readiness.body().at("/components/db/status").asText()).isEqualTo("DOWN");
            });
            assertThat(api.send(HttpMethod.GET, "/actuator/health/liveness", null, null).status()).isEqualTo(200);
        }
    }

    /** Drops the service's database from the server's maintenance database, closing the service's connections. */
    private void dropDatabase() {
        String name = database.url().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        String maintenance = database.url().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
        new JdbcTemplate(new DriverManagerDataSource(maintenance, database.username(), database.password()))
                .execute("DROP DATABASE " + name + " WITH (FORCE)");
    }
}
