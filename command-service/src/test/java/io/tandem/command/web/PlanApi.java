package io.tandem.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** Sends raw JSON to the command service and returns its response, errors included. */
final class PlanApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final RestClient client;

    PlanApi(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.client = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
                .build();
    }

    /** An HTTP response: the status, the content type without parameters, the JSON body and the headers. */
    record Response(int status, String contentType, JsonNode body, HttpHeaders headers) {

        long version() {
            return body.path("version").asLong(-1);
        }

        String location() {
            return headers.getFirst(HttpHeaders.LOCATION);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Returns an encoded path of the plans API, such as {@code /api/plans/p1/deals/Q3%20deal}. */
    static String path(String... segments) {
        return UriComponentsBuilder.fromPath("/api/plans").pathSegment(segments).build().encode().toUriString();
    }

    Response post(String path, String token, String body) {
        return send(HttpMethod.POST, path, token, body);
    }

    Response put(String path, String token, String body) {
        return send(HttpMethod.PUT, path, token, body);
    }

    Response patch(String path, String token, String body) {
        return send(HttpMethod.PATCH, path, token, body);
    }

    Response delete(String path, String token) {
        return send(HttpMethod.DELETE, path, token, null);
    }

    /** Sends a request to an encoded path; a null token sends no Authorization header. */
    Response send(HttpMethod method, String path, String token, String body) {
        return sendWithAuthorization(method, path, token == null ? null : "Bearer " + token, body);
    }

    /** Sends a request with the Authorization header exactly as given, or none when it is null. */
    Response sendWithAuthorization(HttpMethod method, String path, String authorization, String body) {
        RestClient.RequestBodySpec request = client.method(method).uri(URI.create(baseUrl + path));
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((sent, received) -> {
            MediaType type = received.getHeaders().getContentType();
            return new Response(received.getStatusCode().value(),
                    type == null ? null : type.getType() + "/" + type.getSubtype(),
                    readJson(received.getBody().readAllBytes()), received.getHeaders());
        });
    }

    /** Reads the body as JSON; a body that is not JSON, such as an HTML error page, becomes a text node. */
    private static JsonNode readJson(byte[] body) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return TextNode.valueOf(new String(body, StandardCharsets.UTF_8));
        }
    }
}
