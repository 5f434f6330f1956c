package io.tandem.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.testsupport.ApiDocsCoverage;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document at /v3/api-docs and Swagger UI, both served without a token. */
class ApiDocumentationTest extends CommandApiTest {

    private static final List<String> BODY_METHODS = List.of("post", "put", "patch");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryEndpoint() {
        Set<String> served = ApiDocsCoverage.served(mappings, "/api/");
        Set<String> documented = ApiDocsCoverage.documented(apiDocs(), "/api/");

        assertThat(served).contains("POST /api/plans", "PATCH /api/plans/{planId}/{collection}/{ref}");
        assertThat(documented).as("documented endpoints").containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void documentsBearerTokenOnEveryOperation() {
        JsonNode docs = apiDocs();

        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(docs.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(docs.path("security")).as("security requirements of every operation")
                .anySatisfy(requirement -> assertThat(requirement.has("bearer")).isTrue());
    }

    @Test
    void documentsProblemResponsesWithCodeAndField() {
        JsonNode docs = apiDocs();
        JsonNode problem = docs.at("/components/schemas/ProblemDetail/properties");

        assertThat(problem.has("code")).isTrue();
        assertThat(problem.has("field")).isTrue();
        assertThat(problem.has("conflict")).isTrue();
        forEachOperation(docs, (name, operation) -> {
            for (String status : List.of("400", "401", "500")) {
                assertThat(operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref")
                        .asText()).as("%s %s", name, status).isEqualTo("#/components/schemas/ProblemDetail");
            }
        });
    }

    @Test
    void documentsBodySchemaAndExampleOfEveryCommand() {
        JsonNode docs = apiDocs();
        int described = 0;
        for (var path : iterable(docs.path("paths").fields())) {
            for (String method : BODY_METHODS) {
                JsonNode body = path.getValue().path(method).at("/requestBody/content/application~1json");
                if (path.getValue().has(method)) {
                    String name = method + " " + path.getKey();
                    assertThat(body.path("schema").isEmpty()).as("schema of %s", name).isFalse();
                    assertThat(body.path("examples").size()).as("examples of %s", name).isPositive();
                    described++;
                }
            }
        }
        assertThat(described).isEqualTo(10);
        assertThat(docs.at("/paths/~1api~1plans/post/responses/201/headers/Location").isMissingNode()).isFalse();
    }

    /** Sends each documented example, in the order a plan is built, so the examples stay valid requests. */
    @Test
    void acceptsEveryDocumentedExample() {
        JsonNode paths = apiDocs().path("paths");
        JsonNode create = examples(paths.path("/api/plans").path("post")).elements().next().path("value");
        PlanApi.Response created = api.post(PlanApi.path(), Users.DANA, create.toString());
        assertThat(created.status()).as("create %s", created).isEqualTo(201);
        String planId = created.body().path("plan_id").asText();
        long version = created.version();

        for (var path : iterable(paths.fields())) {
            for (String method : List.of("put", "post")) {
                if (path.getKey().contains("{collection}") || !path.getKey().contains("{planId}")
                        || !path.getValue().has(method)) {
                    continue;
                }
                String url = path.getKey().replace("{planId}", planId).replace("{period}", "FY2026-H2");
                for (JsonNode example : examples(path.getValue().path(method))) {
                    version = send(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), url, example, version);
                }
            }
        }
        Map<String, String> refs = new HashMap<>();
        for (var example : iterable(examples(paths.path("/api/plans/{planId}/{collection}").path("post")).fields())) {
            JsonNode value = example.getValue().path("value");
            version = send(HttpMethod.POST, PlanApi.path(planId, example.getKey()), example.getValue(), version);
            refs.put(example.getKey(), value.has("ref") ? value.path("ref").asText() : value.path("name").asText());
        }
        JsonNode patch = paths.path("/api/plans/{planId}/{collection}/{ref}").path("patch");
        for (var example : iterable(examples(patch).fields())) {
            String url = PlanApi.path(planId, example.getKey(), refs.get(example.getKey()));
            version = send(HttpMethod.PATCH, url, example.getValue(), version);
        }
        assertThat(refs).hasSize(7);
        assertThat(version).isGreaterThan(15);
    }

    @Test
    void servesSwaggerUiWithoutToken() {
        PlanApi.Response redirect = api.send(HttpMethod.GET, "/swagger-ui.html", null, null);
        assertThat(redirect.status()).isEqualTo(302);

        PlanApi.Response page = api.send(HttpMethod.GET, redirect.location(), null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html");
    }

    private JsonNode apiDocs() {
        PlanApi.Response docs = api.send(HttpMethod.GET, "/v3/api-docs", null, null);
        assertThat(docs.status()).as("GET /v3/api-docs without a token: %s", docs).isEqualTo(200);
        return docs.body();
    }

    /** Sends an example with base_version set to the plan's current version and returns the version after it. */
    private long send(HttpMethod method, String url, JsonNode example, long version) {
        ObjectNode body = example.path("value").deepCopy();
        body.put("base_version", version);
        PlanApi.Response response = api.send(method, url, Users.DANA, body.toString());
        assertThat(response.status()).as("%s %s with %s: %s", method, url, body, response).isIn(200, 201);
        return response.version();
    }

    private static JsonNode examples(JsonNode operation) {
        return operation.at("/requestBody/content/application~1json/examples");
    }

    private static void forEachOperation(JsonNode docs, BiConsumer<String, JsonNode> check) {
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> check.accept(operation.getKey() + " " + path.getKey(), operation.getValue())));
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
