package io.tandem.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tandem.command.CommandServiceApplication;
import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.HttpMethod;

/** The environment variables that the README's configuration table lists reach the service. */
class EnvironmentOverridesTest {

    @Test
    void appliesEnvironmentVariables() throws IOException {
        TestDatabase.Database database = TestDatabase.createDatabase();
        int port = freePort();
        Map<String, Object> variables = Map.of(
                "TANDEM_COMMAND_PORT", String.valueOf(port),
                "SERVER_ADDRESS", "127.0.0.1",
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "TANDEM_DB_POOL_SIZE", "3",
                "TANDEM_SNAPSHOT_THRESHOLD", "7",
                "TANDEM_JWT_PUBLIC_KEY", TestTokens.get().publicKeyLocation());

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .environment(environment(variables)).run()) {
            PlanApi api = new PlanApi(port);

            assertThat(service.getEnvironment().getProperty("local.server.port")).isEqualTo(String.valueOf(port));
            assertThat(service.getBean(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(3);
            assertThat(service.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(database.url());
            assertThat(service.getEnvironment().getProperty("tandem.snapshot-threshold")).isEqualTo("7");
            assertThat(api.send(HttpMethod.GET, "/actuator/health/readiness", null, null).status()).isEqualTo(200);
            assertThat(api.post(PlanApi.path(), Users.DANA, PlanRequests.CREATE_PLAN).status())
                    .as("a token verified with the key from TANDEM_JWT_PUBLIC_KEY").isEqualTo(201);
        }
    }

    /** Returns an environment whose system environment holds only the given variables. */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, variables));
        return environment;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
