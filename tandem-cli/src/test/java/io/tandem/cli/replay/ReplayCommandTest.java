package io.tandem.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tandem.cli.token.LocalKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the replay command against a scripted stand-in for the two services, which returns the prepared
 * responses in order and records each request, so version tracking and the report are checked without
 * the real services.
 */
class ReplayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SCENARIO = """
            organizations:
              - {id: altura, name: Altura Analytics}
            users:
              - {id: dana, org: altura, name: Dana Ruiz}
            timeline:
              - step: 1
                by: dana
                create_plan: {owner_org: altura, partner_org: meridian, tier: 1}
              - step: 2
                by: dana
                set_tier: {tier: 2}
              - step: 3
                by: dana
                update_deal: {ref: d1, stage: proposal}
              - step: 4
                by: dana
                based_on_step: 2
                set_target: {period: FY2026-H2, revenue_target: {amount: 5, currency: USD}}
                expect: conflict
            expected:
              - {as: dana, at: final, tier: %s}
              - {as: dana, at: review FY2026 Q3 QBR, tier: 1}
            """;

    @TempDir
    Path folder;

    private StubService stub;
    private Path keys;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        stub = new StubService();
        keys = folder.resolve("keys");
        LocalKeys.loadOrCreate(keys);
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    @Test
    void sendsBaseVersionOfNamedStep() throws Exception {
        stub.respond(201, "{\"plan_id\":\"p-1\",\"version\":0}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":1}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":2}");
        stub.respond(409, "{\"status\":409,\"code\":\"CONFLICT\",\"detail\":\"Target changed\"}");

        int exit = replay(SCENARIO.formatted(2));

        assertThat(exit).as(output()).isEqualTo(ReplayCommand.MATCHED);
        assertThat(stub.edits).extracting(StubService.Request::path).containsExactly("/api/plans",
                "/api/plans/p-1/tier", "/api/plans/p-1/deals/d1", "/api/plans/p-1/targets/FY2026-H2");
        assertThat(stub.edits.get(1).body().get("base_version").asLong()).isEqualTo(0);
        assertThat(stub.edits.get(2).body().get("base_version").asLong()).isEqualTo(1);
        assertThat(stub.edits.get(3).body().get("base_version").asLong()).isEqualTo(1);
        assertThat(stub.edits.get(0).body().get("owner_org_name").asText()).isEqualTo("Altura Analytics");
    }

    @Test
    void printsStepsChecksAndSummary() throws Exception {
        stub.respond(201, "{\"plan_id\":\"p-1\",\"version\":0}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":1}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":2}");
        stub.respond(409, "{\"status\":409,\"code\":\"CONFLICT\"}");

        replay(SCENARIO.formatted(2));

        assertThat(output()).contains("step   4  dana               set_target              409  OK")
                .contains("Plan p-1 (created by dana), version 2 after the timeline")
                .contains("dana at final")
                .containsPattern("(?m)^  dana at review FY2026 Q3 QBR +OK$")
                .contains("Summary: 4 of 4 steps as expected; checks: 3 passed, 0 failed, 0 skipped")
                .contains("Everything matched.");
    }

    @Test
    void readsReviewCheckAsOfTheReview() throws Exception {
        stub.respond(201, "{\"plan_id\":\"p-1\",\"version\":0}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":1}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":2}");
        stub.respond(409, "{\"status\":409,\"code\":\"CONFLICT\"}");

        replay(SCENARIO.formatted(2));

        assertThat(stub.reads).contains("/api/plans/p-1/as-of?review=FY2026+Q3+QBR");
    }

    @Test
    void checksTargetHistoryFromTheAudit() throws Exception {
        stub.respond(201, "{\"plan_id\":\"p-1\",\"version\":0}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":1}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":2}");
        stub.respond(409, "{\"status\":409,\"code\":\"CONFLICT\"}");

        int exit = replay(SCENARIO.formatted(2) + """
                expected_target_history:
                  FY2026-H2:
                    - {by: dana, revenue_target: 5}
                    - {by: dana, from: 5, revenue_target: 7}
                """);

        assertThat(exit).as(output()).isEqualTo(ReplayCommand.MISMATCHED);
        assertThat(stub.reads).contains("/api/plans/p-1/targets/FY2026-H2/history");
        assertThat(output()).contains("  - check expected_target_history FY2026-H2: expected 2 changes, actual 1:"
                + " [version 3 by dana none -> 5]");
    }

    @Test
    void listsEveryMismatch() throws Exception {
        stub.respond(201, "{\"plan_id\":\"p-1\",\"version\":0}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":1}");
        stub.respond(400, "{\"status\":400,\"code\":\"INVALID_VALUE\",\"field\":\"stage\",\"detail\":\"No stage\"}");
        stub.respond(200, "{\"plan_id\":\"p-1\",\"version\":2}");

        int exit = replay(SCENARIO.formatted(3));

        assertThat(exit).as(output()).isEqualTo(ReplayCommand.MISMATCHED);
        assertThat(output())
                .contains("step   3  dana               update_deal             400  "
                        + "MISMATCH (expected accepted (2xx))")
                .contains("3 mismatches:")
                .contains("  - step 3 by dana, update_deal: expected accepted (2xx), actual 400; code INVALID_VALUE, "
                        + "field stage, detail No stage")
                .contains("  - step 4 by dana, set_target: expected conflict (409), actual 200")
                .contains("  - check dana at final: tier: expected 3, actual 2");
    }

    @Test
    void stopsWhenPlanIsNotCreated() throws Exception {
        stub.respond(403, "{\"status\":403,\"code\":\"FORBIDDEN\"}");

        int exit = replay(SCENARIO.formatted(2));

        assertThat(exit).isEqualTo(ReplayCommand.MISMATCHED);
        assertThat(stub.edits).hasSize(1);
        assertThat(output()).contains("step 2 by dana, set_tier: expected accepted (2xx), actual not sent; "
                + "not sent: no plan was created");
    }

    @Test
    void invalidScenarioExitsWithTwo() throws Exception {
        int exit = replay("users: [{id: dana, org: altura}]\ntimeline:\n  - by: dana\n    launch_plan: {}\n");

        assertThat(exit).isEqualTo(ReplayCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is invalid: step 1: unknown edit 'launch_plan'");
        assertThat(stub.edits).isEmpty();
    }

    @Test
    void missingKeysExitWithTwo() throws Exception {
        Path scenario = folder.resolve("scenario.yaml");
        Files.writeString(scenario, SCENARIO.formatted(2));

        int exit = ReplayCommand.run(new String[] {scenario.toString(), "--keys", folder.resolve("none").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(ReplayCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the signing keys in")
                .contains("(missing ");
    }

    @Test
    void unreachableServiceExitsWithTwo() throws Exception {
        Path scenario = folder.resolve("scenario.yaml");
        Files.writeString(scenario, SCENARIO.formatted(2));
        String closedUrl = "http://127.0.0.1:" + closedPort();

        int exit = ReplayCommand.run(new String[] {scenario.toString(), "--keys", keys.toString(),
                "--command-url", closedUrl, "--query-url", stub.url()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(ReplayCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("replay: the command service at " + closedUrl + " is not reachable")
                .doesNotContain("Exception");
    }

    private int replay(String yaml) throws IOException {
        Path scenario = folder.resolve("scenario.yaml");
        Files.writeString(scenario, yaml);
        return ReplayCommand.run(new String[] {"replay", scenario.toString(), "--keys", keys.toString(),
                "--command-url", stub.url(), "--query-url", stub.url()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Returns the prepared responses to edits in order. To GET of a plan it returns a view with tier 2 at
     * the last version it returned, as of a review the same view with tier 1, and one change as the target
     * audit.
     */
    private static final class StubService {

        record Request(String method, String path, JsonNode body) {
        }

        final List<Request> edits = new ArrayList<>();
        final List<String> reads = new ArrayList<>();
        private final Deque<String[]> responses = new ArrayDeque<>();
        private final HttpServer server;
        private long version;

        StubService() throws IOException {
            server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void respond(int status, String body) {
            responses.add(new String[] {String.valueOf(status), body});
        }

        void stop() {
            server.stop(0);
        }

        private synchronized void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/actuator/health")) {
                send(exchange, 200, "{\"status\":\"UP\"}");
            } else if (method.equals("GET")) {
                reads.add(exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null
                        ? "" : "?" + exchange.getRequestURI().getRawQuery()));
                send(exchange, 200, read(path));
            } else {
                byte[] body = exchange.getRequestBody().readAllBytes();
                edits.add(new Request(method, path, body.length == 0 ? null : JSON.readTree(body)));
                String[] response = responses.isEmpty() ? new String[] {"500", "{}"} : responses.poll();
                JsonNode answer = JSON.readTree(response[1]);
                version = Math.max(version, answer.path("version").asLong(version));
                send(exchange, Integer.parseInt(response[0]), response[1]);
            }
        }

        private String read(String path) {
            if (path.endsWith("/as-of")) {
                return "{\"plan_id\":\"p-1\",\"version\":1,\"tier\":1,\"as_of\":{\"version\":1}}";
            }
            if (path.endsWith("/history")) {
                return "{\"plan_id\":\"p-1\",\"items\":[{\"version\":3,\"user_id\":\"dana\",\"action\":\"added\","
                        + "\"fields\":[{\"field\":\"revenue_target\","
                        + "\"after\":{\"amount\":5,\"currency\":\"USD\"}}]}]}";
            }
            return "{\"plan_id\":\"p-1\",\"version\":" + version + ",\"tier\":2}";
        }

        private static void send(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
