package io.tandem.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.plan.item.ItemKind;
import io.tandem.query.support.QueryClient;
import io.tandem.testsupport.ApiDocsCoverage;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document at /v3/api-docs and Swagger UI, both served without a token. */
class ApiDocumentationTest extends RunningQueryService {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryEndpoint() {
        Set<String> served = ApiDocsCoverage.served(mappings, "/api/");
        Set<String> documented = ApiDocsCoverage.documented(apiDocs(), "/api/");

        assertThat(served).contains("GET /api/plans", "GET /api/plans/{planId}");
        assertThat(documented).as("documented endpoints").containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void documentsBearerTokenAndProblems() {
        JsonNode docs = apiDocs();

        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(docs.path("security")).anySatisfy(requirement -> assertThat(requirement.has("bearer")).isTrue());
        assertThat(docs.at("/components/schemas/ProblemDetail/properties").has("code")).isTrue();
        assertThat(docs.at("/components/schemas/ProblemDetail/properties").has("field")).isTrue();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                assertThat(operation.getValue().at("/responses/401/content/application~1problem+json/schema/$ref")
                        .asText()).as("401 of %s %s", operation.getKey(), path.getKey())
                        .isEqualTo("#/components/schemas/ProblemDetail")));
    }

    @Test
    void documentsPlanViewWithEveryCollection() {
        JsonNode docs = apiDocs();
        JsonNode view = docs.at("/components/schemas/PlanView/properties");

        assertThat(docs.at("/paths/~1api~1plans~1{planId}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/PlanView");
        for (ItemKind kind : ItemKind.values()) {
            assertThat(view.has(kind.collection())).as("PlanView.%s", kind.collection()).isTrue();
        }
        assertThat(view.has("account_overview")).isTrue();
        assertThat(view.has("reviews")).isTrue();
        assertThat(docs.at("/components/schemas/Deal/properties").has("credited_amount")).isTrue();
    }

    @Test
    void servesSwaggerUiWithoutToken() {
        assertThat(getText("/swagger-ui/index.html")).contains("<html");
    }

    private JsonNode apiDocs() {
        QueryClient.Response docs = client.get("/v3/api-docs", null);
        assertThat(docs.status()).as("GET /v3/api-docs without a token: %s", docs.body()).isEqualTo(200);
        return docs.body();
    }
}
