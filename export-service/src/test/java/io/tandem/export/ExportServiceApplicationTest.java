package io.tandem.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.AxonConfiguration;
import io.tandem.testsupport.ApiDocsCoverage;
import io.tandem.testsupport.TestTokens;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** export-service on its own, with query-service not running: its wiring, API document and 502. */
class ExportServiceApplicationTest {

    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        service = new SpringApplicationBuilder(ExportServiceApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--tandem.query-url=http://127.0.0.1:" + closedPort,
                "--tandem.query-connect-timeout=2s", "--tandem.security.jwk-set-uri=",
                "--tandem.security.public-key-location=" + TestTokens.get().publicKeyLocation());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void startsWithoutAxon() {
        assertThat(ClassUtils.isPresent("org.axonframework.springboot.autoconfig.AxonAutoConfiguration", null))
                .isFalse();
        assertThat(service.getBeanNamesForType(AxonConfiguration.class)).isEmpty();
        assertThat(service.getBeanNamesForType(org.axonframework.serialization.Serializer.class)).isEmpty();
    }

    @Test
    void documentsExportEndpoint() throws Exception {
        RequestMappingHandlerMapping mappings = service.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode docs = new ObjectMapper().readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiDocsCoverage.documented(docs, "/api/"))
                .containsExactlyInAnyOrderElementsOf(ApiDocsCoverage.served(mappings, "/api/"));
        JsonNode export = docs.at("/paths/~1api~1plans~1{planId}~1export.{extension}/get");
        assertThat(export.path("parameters").findValuesAsText("name"))
                .containsExactly("planId", "extension", "audience", "at", "version", "review");
        assertThat(export.at("/responses/200/content").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(export.at("/responses/401/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void unreachableQueryServiceIsBadGateway() throws Exception {
        String url = baseUrl() + "/api/plans/p1/export.docx";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TestTokens.get().token("dana.ruiz", "altura")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo("BAD_GATEWAY");
        assertThat(problem.path("detail").asText()).isEqualTo("The plan could not be read from query-service; "
                + "try again later");
    }

    @Test
    void failedExportIsTimed() throws Exception {
        var meters = service.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        String url = baseUrl() + "/api/plans/p2/export.pptx";

        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TestTokens.get().token("dana.ruiz", "altura")).build(),
                HttpResponse.BodyHandlers.ofString());

        var timer = meters.find("tandem.export.duration").tag("format", "pptx").tag("outcome", "failure").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isGreaterThanOrEqualTo(1);
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
    }
}
