package io.tandem.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The actuator endpoints that operators and orchestrators read: probes, health and metrics. */
class OperationsEndpointsTest extends CommandApiTest {

    @Test
    void reportsLiveAndReadyWithDatabase() {
        PlanApi.Response liveness = anonymous("/actuator/health/liveness");
        PlanApi.Response readiness = anonymous("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().path("status").asText()).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.body().at("/components/readinessState/status").asText()).isEqualTo("UP");
    }

    @Test
    void showsHealthComponentsOnlyWithToken() {
        JsonNode anonymous = anonymous("/actuator/health").body();
        JsonNode authenticated = api.send(HttpMethod.GET, "/actuator/health", Users.DANA, null).body();

        assertThat(anonymous.has("components")).isFalse();
        assertThat(authenticated.at("/components/db/status").asText()).isEqualTo("UP");
    }

    @Test
    void countsHandledAndRejectedCommandsByType() {
        String planId = createPlan();
        accepted(api.put(PlanApi.path(planId, "tier"), Users.DANA, "{\"base_version\": 0, \"tier\": 2}"));
        PlanApi.Response rejected = api.put(PlanApi.path(planId, "tier"), Users.DANA,
                "{\"base_version\": 1, \"tier\": 9}");
        assertThat(rejected.status()).isEqualTo(400);

        PlanApi.Response prometheus = anonymous("/actuator/prometheus");
        assertThat(prometheus.status()).as("scrape %s", prometheus).isEqualTo(200);
        String scrape = prometheus.body().asText();

        assertThat(metric(scrape, "commandBus_successCounter_total", "SetTier")).isPositive();
        assertThat(metric(scrape, "commandBus_failureCounter_total", "SetTier")).isPositive();
        assertThat(metric(scrape, "commandBus_successCounter_total", "CreatePlan")).isPositive();
    }

    @Test
    void keepsMetricsDetailsBehindToken() {
        assertThat(anonymous("/actuator/metrics").status()).isEqualTo(401);
        assertThat(api.send(HttpMethod.GET, "/actuator/metrics", Users.DANA, null).status()).isEqualTo(200);
    }

    private PlanApi.Response anonymous(String path) {
        return api.send(HttpMethod.GET, path, null, null);
    }

    /** Returns the value of a Prometheus sample with the given payloadType tag, or -1 when it is absent. */
    private static double metric(String scrape, String name, String payloadType) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("payloadType=\"" + payloadType + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
