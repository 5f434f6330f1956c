package io.tandem.export.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanView;
import io.tandem.export.plan.PlanViewReader;
import io.tandem.plan.json.PlanJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Reads plans from query-service with the caller's own bearer token, so query-service alone decides what
 * the caller may see. Its 4xx problems come back as {@link UpstreamProblemException}; when it cannot be
 * reached or fails, the read ends in {@link QueryServiceUnavailableException}.
 */
@Component
public class QueryServiceClient {

    private static final Logger log = LoggerFactory.getLogger(QueryServiceClient.class);
    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private final RestClient rest;
    private final String baseUrl;

    public QueryServiceClient(@Value("${tandem.query-url}") String baseUrl,
                              @Value("${tandem.query-connect-timeout:5s}") Duration connectTimeout,
                              @Value("${tandem.query-read-timeout:30s}") Duration readTimeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(readTimeout);
        this.baseUrl = baseUrl;
        this.rest = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /** Reads the plan at {@code point} as query-service returns it to the owner of {@code bearerToken}. */
    public PlanView fetch(String planId, PlanPoint point, String bearerToken, String userId) {
        try {
            return rest.get()
                    .uri(uri -> point.isCurrent()
                            ? uri.path("/api/plans/{planId}").build(planId)
                            : uri.path("/api/plans/{planId}/as-of").queryParam(point.parameter(), "{value}")
                                    .build(Map.of("planId", planId, "value", point.value())))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        if (status.is2xxSuccessful()) {
                            return PlanViewReader.read(body);
                        }
                        if (status.is4xxClientError()) {
                            ProblemDetail problem = problem(status, body, request.getURI());
                            log.info("query-service rejected the read of plan {} for user {}: {} {}", planId,
                                    userId, status.value(), problem.getDetail());
                            throw new UpstreamProblemException(problem);
                        }
                        throw new QueryServiceUnavailableException("query-service failed with " + status.value()
                                + " reading plan " + planId + " for user " + userId, null);
                    });
        } catch (ResourceAccessException e) {
            throw new QueryServiceUnavailableException("query-service at " + baseUrl + " did not respond reading plan "
                    + planId + " for user " + userId + ": " + e.getMessage(), e);
        }
    }

    /** Copies query-service's problem+json, or describes the status when the body is no problem document. */
    private static ProblemDetail problem(HttpStatusCode status, String body, URI uri) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        JsonNode node = parse(body);
        if (node == null || !node.isObject()) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setDetail("query-service answered " + status.value() + " for " + uri.getPath());
            problem.setProperty("code", known == null ? "HTTP_" + status.value() : known.name());
            return problem;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "status" -> { }
                case "type" -> problem.setType(URI.create(value.asText()));
                case "title" -> problem.setTitle(value.asText());
                case "detail" -> problem.setDetail(value.asText());
                case "instance" -> problem.setInstance(URI.create(value.asText()));
                default -> problem.setProperty(field.getKey(), value.isTextual() ? value.asText() : value);
            }
        }
        return problem;
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
