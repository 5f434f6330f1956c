package io.tandem.export.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanView;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a small HTTP server that responds as query-service does, or fails as it may,
 * because the real query-service cannot be made to return 500 or an HTML page on purpose.
 */
class QueryServiceClientTest {

    private static final String VIEW = """
            {"plan_id": "p1", "version": 4, "owner_org": "altura", "partner_org": "meridian", "tier": 2}
            """;

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();

    private QueryServiceClient client(int status, String contentType, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return new QueryServiceClient("http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void forwardsTokenAndEncodesPoint() throws IOException {
        QueryServiceClient client = client(200, "application/json", VIEW);

        PlanView current = client.fetch("p1", PlanPoint.current(), "token-a", "dana");
        client.fetch("p1", new PlanPoint("review", "FY2026 Q3 QBR"), "token-b", "dana");
        client.fetch("p1", new PlanPoint("at", "2026-10-01T10:00:00+02:00"), "token-c", "dana");

        assertThat(current.tier()).isEqualTo(2);
        assertThat(requests).containsExactly("/api/plans/p1?null Bearer token-a",
                "/api/plans/p1/as-of?review=FY2026%20Q3%20QBR Bearer token-b",
                "/api/plans/p1/as-of?at=2026-10-01T10%3A00%3A00%2B02%3A00 Bearer token-c");
    }

    @Test
    void passesProblemOnWithCodeAndField() throws IOException {
        QueryServiceClient client = client(404, "application/problem+json", """
                {"type": "/problems/review-not-found", "title": "Review not found", "status": 404,
                 "detail": "No review named 'x'", "code": "REVIEW_NOT_FOUND", "field": "review"}
                """);

        assertThatThrownBy(() -> client.fetch("p1", new PlanPoint("review", "x"), "t", "dana"))
                .isInstanceOfSatisfying(UpstreamProblemException.class, problem -> {
                    assertThat(problem.problem().getStatus()).isEqualTo(404);
                    assertThat(problem.problem().getTitle()).isEqualTo("Review not found");
                    assertThat(problem.problem().getProperties()).containsEntry("code", "REVIEW_NOT_FOUND")
                            .containsEntry("field", "review");
                });
    }

    @Test
    void describesClientErrorWithoutProblemBody() throws IOException {
        QueryServiceClient client = client(404, "text/html", "<html>Not found</html>");

        assertThatThrownBy(() -> client.fetch("p1", PlanPoint.current(), "t", "dana"))
                .isInstanceOfSatisfying(UpstreamProblemException.class, problem -> {
                    assertThat(problem.problem().getStatus()).isEqualTo(404);
                    assertThat(problem.problem().getProperties()).containsEntry("code", "NOT_FOUND");
                    assertThat(problem.problem().getDetail()).isEqualTo("query-service answered 404 for /api/plans/p1");
                });
    }

    @Test
    void serverErrorMakesQueryServiceUnavailable() throws IOException {
        QueryServiceClient client = client(500, "application/problem+json", "{\"status\": 500}");

        assertThatThrownBy(() -> client.fetch("p1", PlanPoint.current(), "t", "dana"))
                .isInstanceOf(QueryServiceUnavailableException.class)
                .hasMessageContaining("failed with 500");
    }

    @Test
    void unreachableQueryServiceIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        QueryServiceClient client = new QueryServiceClient("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2),
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.fetch("p1", PlanPoint.current(), "t", "dana"))
                .isInstanceOf(QueryServiceUnavailableException.class)
                .hasMessageContaining("did not respond");
    }
}
