package io.tandem.command.web;

import static io.tandem.command.web.PlanApi.path;
import static io.tandem.command.web.PlanRequests.edit;
import static io.tandem.command.web.Users.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Failures that Spring MVC or Spring Security detect before a controller runs still respond with problem+json. */
class ProtocolErrorsTest extends CommandApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    @Test
    void unsupportedMediaTypeHasCode() throws Exception {
        HttpResponse<String> response = raw("/api/plans", "text/plain");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void rejectedUrlIsProblemJson() throws Exception {
        HttpResponse<String> response = raw("/api/plans/p1;jsessionid=1/tier", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("INVALID_URL");
    }

    @Test
    void numberForTextIsWrongType() {
        String plan = createPlan();
        long before = storedEvents();

        PlanApi.Response response = api.post(path(plan, "milestones"), DANA,
                edit(0, "{\"ref\": \"m1\", \"name\": 4}"));

        assertProblem(response, 400, "WRONG_TYPE", "name");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void sameAmountAtOtherScaleIsNoChange() {
        String plan = createPlan();
        String overview = """
                {"account": "Kestrel Logistics Group", "arr_with_us": {"amount": %s, "currency": "USD"}}""";

        long first = accepted(api.put(path(plan, "account-overview"), DANA, edit(0, overview.formatted("420000"))));
        long second = accepted(api.send(HttpMethod.PUT, path(plan, "account-overview"), DANA,
                edit(first, overview.formatted("420000.00"))));

        assertThat(second).isEqualTo(first);
    }

    private HttpResponse<String> raw(String requestPath, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + requestPath))
                .header("Authorization", "Bearer " + DANA)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
