package io.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The REST calls of the benchmark: plans and edits on command-service, plan reads on query-service. */
final class PlanApi {

    static final String OWNER_ORG = "altura";
    static final String PARTNER_ORG = "meridian";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String commandUrl;
    private final String queryUrl;

    PlanApi(HttpClient http, String commandUrl, String queryUrl) {
        this.http = http;
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
    }

    /** A response: the status and the body as JSON (a missing node when it is empty or not JSON). */
    record Response(int status, JsonNode body) {

        boolean accepted() {
            return status / 100 == 2;
        }
    }

    /** Creates a plan owned by {@link #OWNER_ORG} with {@link #PARTNER_ORG} as partner, and returns its id. */
    String createPlan(String ownerToken, int number) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode()
                .put("owner_org", OWNER_ORG).put("owner_org_name", "Altura Analytics")
                .put("partner_org", PARTNER_ORG).put("partner_org_name", "Meridian Cloud")
                .put("tier", 1).put("currency", "USD");
        ObjectNode overview = body.putObject("account_overview");
        overview.put("account", "Benchmark Account " + number).put("industry", "Transportation and logistics")
                .put("size", "18,500 employees").put("strategic_importance", "Load test plan " + number);
        overview.set("arr_with_us", money(420000));
        overview.set("arr_with_partner", money(1850000));
        Response response = send("POST", commandUrl + "/api/plans", ownerToken, body);
        if (response.status() != 201) {
            throw new IOException("Creating plan " + number + " failed with status " + response.status() + ": "
                    + response.body());
        }
        return response.body().path("plan_id").asText();
    }

    /**
     * Sends the plan's {@code number}-th edit, based on {@code baseVersion}. Numbers 0 and 1 set a
     * target, 2 and 3 replace the value proposition, and so on, so that editors who take turns both
     * make both kinds. Both are shared, so both organizations see them, and each changes a value.
     */
    Response edit(String planId, long baseVersion, int number, String token) throws IOException, InterruptedException {
        if (number / 2 % 2 == 0) {
            ObjectNode body = JSON.createObjectNode().put("base_version", baseVersion);
            body.set("revenue_target", money(1_000_000 + number));
            return send("PUT", commandUrl + "/api/plans/" + planId + "/targets/FY2027-H1", token, body);
        }
        ObjectNode body = JSON.createObjectNode().put("base_version", baseVersion)
                .put("combined_value", "Route analytics on the partner's data platform, revision " + number);
        body.set("customer_outcomes", JSON.valueToTree(List.of("Cut empty miles by " + number % 10 + "%")));
        body.set("differentiators", JSON.valueToTree(List.of("One support contract")));
        return send("PUT", commandUrl + "/api/plans/" + planId + "/value-proposition", token, body);
    }

    /** Reads the plan from query-service as the token's organization may see it. */
    Response readPlan(String planId, String token) throws IOException, InterruptedException {
        return send("GET", queryUrl + "/api/plans/" + planId, token, null);
    }

    private Response send(String method, String url, String token, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), parse(response.body()));
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static ObjectNode money(long amount) {
        return JSON.createObjectNode().put("amount", amount).put("currency", "USD");
    }
}
