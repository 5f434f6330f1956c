package io.tandem.query.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Sends read requests to a query service on 127.0.0.1 and polls until the projection catches up. */
public final class QueryClient {

    /** How long a test waits for the projection, which normally takes about a second. */
    public static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public QueryClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A response with its body parsed as JSON, or a missing node as the body when it is empty. */
    public record Response(int status, String contentType, JsonNode body) {
    }

    /** Sends a GET request with the given bearer token, or with no Authorization header if null. */
    public Response get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending GET " + path, e);
        }
    }

    /** Polls the plan until the caller sees it at {@code version} or later, and returns that view. */
    public JsonNode awaitPlan(String planId, String token, long version) {
        AtomicReference<JsonNode> view = new AtomicReference<>();
        await().atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
            Response response = get("/api/plans/" + planId, token);
            if (response.status() != 200 || response.body().path("version").asLong(-1) < version) {
                return false;
            }
            view.set(response.body());
            return true;
        });
        return view.get();
    }
}
