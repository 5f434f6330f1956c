package io.tandem.cli.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** The replayer's HTTP client: edits go to the command service, reads to the query service. */
final class PlanApi {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_TEXT_BODY = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private final String commandUrl;
    private final String queryUrl;

    PlanApi(String commandUrl, String queryUrl) {
        this.commandUrl = withoutTrailingSlash(commandUrl);
        this.queryUrl = withoutTrailingSlash(queryUrl);
    }

    String commandUrl() {
        return commandUrl;
    }

    String queryUrl() {
        return queryUrl;
    }

    /** Throws unless both services return an HTTP response. Any status counts, because only reachability matters. */
    void requireReachable() throws ServiceUnreachableException, InterruptedException {
        exchange("command", commandUrl, HttpRequest.newBuilder(URI.create(commandUrl + "/actuator/health")).GET());
        exchange("query", queryUrl, HttpRequest.newBuilder(URI.create(queryUrl + "/actuator/health")).GET());
    }

    ApiResponse send(EditRequest edit, String token) throws ServiceUnreachableException, InterruptedException {
        HttpRequest.BodyPublisher body = edit.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(edit.body()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commandUrl + edit.path()))
                .method(edit.method(), body)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (edit.body() != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange("command", commandUrl, request);
    }

    ApiResponse read(String path, String token) throws ServiceUnreachableException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(queryUrl + path)).GET()
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        return exchange("query", queryUrl, request);
    }

    private ApiResponse exchange(String service, String baseUrl, HttpRequest.Builder request)
            throws ServiceUnreachableException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceUnreachableException("the " + service + " service at " + baseUrl
                    + " is not reachable (" + reason(e) + "); start it or pass --" + service + "-url", e);
        }
        return new ApiResponse(response.statusCode(), parse(response.body()));
    }

    private static String reason(IOException failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no response within " + REQUEST_TIMEOUT.toSeconds() + " s";
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        return failure.getMessage() == null ? "connection failed" : failure.getMessage();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(body.length() > MAX_TEXT_BODY ? body.substring(0, MAX_TEXT_BODY) + "..." : body);
        }
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written as JSON", e);
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
