package io.tandem.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.tandem.query.QueryServiceApplication;
import io.tandem.query.support.QueryClient;
import io.tandem.query.support.QueryDatabase;
import io.tandem.testsupport.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables that the README's configuration table lists reach the service. */
class EnvironmentOverridesTest {

    @Test
    void appliesEnvironmentVariables() throws IOException {
        QueryDatabase database = new QueryDatabase();
        Map<String, Object> properties = database.serviceProperties();
        int port = freePort();
        Map<String, Object> variables = new HashMap<>();
        variables.put("TANDEM_QUERY_PORT", String.valueOf(port));
        variables.put("SERVER_ADDRESS", "127.0.0.1");
        variables.put("SPRING_DATASOURCE_URL", properties.get("spring.datasource.url"));
        variables.put("SPRING_DATASOURCE_USERNAME", properties.get("spring.datasource.username"));
        variables.put("SPRING_DATASOURCE_PASSWORD", properties.get("spring.datasource.password"));
        variables.put("TANDEM_DB_POOL_SIZE", "4");
        variables.put("TANDEM_READINESS_MAX_LAG", "25");
        variables.put("TANDEM_JWT_PUBLIC_KEY", TestTokens.get().publicKeyLocation());

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(QueryServiceApplication.class)
                .environment(environment(variables)).run()) {
            QueryClient client = new QueryClient(port);
            // The processor claims its segment on a thread of its own, shortly after the context has started.
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> client.get("/actuator/health/readiness", null).status() == 200);
            QueryClient.Response readiness = client.get("/actuator/health/readiness", null);

            assertThat(service.getEnvironment().getProperty("local.server.port")).isEqualTo(String.valueOf(port));
            assertThat(service.getBean(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(4);
            assertThat(readiness.body().at("/components/eventProcessors/details/maxLag").asLong()).isEqualTo(25);
            assertThat(client.get("/api/plans", TestTokens.get().token("dana.ruiz", "altura")).status())
                    .as("a token verified with the key from TANDEM_JWT_PUBLIC_KEY").isEqualTo(200);
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
