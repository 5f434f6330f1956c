package io.tandem.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.export.ExportServiceApplication;
import io.tandem.export.support.DocxContent;
import io.tandem.export.support.KestrelBackend;
import io.tandem.export.support.PackageParts;
import io.tandem.export.support.PptxContent;
import io.tandem.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The export endpoints end to end: command-service and query-service run the Kestrel sample scenario, and
 * export-service reads the plan from query-service with each caller's token, current and as of the reviews.
 */
class ExportApiTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KestrelBackend backend;
    private static ConfigurableApplicationContext exportService;
    private static String dana;
    private static String tom;
    private static String victor;

    @BeforeAll
    static void start() {
        backend = KestrelBackend.start(Path.of("target/export-api-test"));
        exportService = new SpringApplicationBuilder(ExportServiceApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--tandem.query-url=" + backend.queryUrl(),
                "--tandem.security.jwk-set-uri=",
                "--tandem.security.public-key-location=" + TestTokens.get().publicKeyLocation());
        dana = TestTokens.get().token("dana.ruiz", "Dana Ruiz", "altura");
        tom = TestTokens.get().token("tom.hale", "Tom Hale", "meridian");
        victor = TestTokens.get().token("victor.mendes", "Victor Mendes", "outsider");
    }

    @AfterAll
    static void stop() {
        if (exportService != null) {
            exportService.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void ownDocxOfCurrentPlan() throws Exception {
        HttpResponse<byte[]> response = get("/api/plans/" + backend.planId() + "/export.docx", dana);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(DOCX);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kestrel-logistics-group.docx\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        DocxContent docx = DocxContent.parse(response.body());
        assertThat(docx.headings()).contains("4-7. Contacts, current state, targets and whitespace")
                .doesNotContain("5. Current state");
        assertThat(docx.section("4-7. Contacts, current state, targets and whitespace").paragraphs())
                .contains("[Internal] Colin Baptiste, Data Platform Lead: detractor (neutral)");
        List<String> generated = docx.section("title").tables().get(0).get(6);
        assertThat(generated.get(0)).isEqualTo("Generated");
        assertThat(generated.get(1)).endsWith(" UTC for Dana Ruiz");
    }

    @Test
    void partnerDeckAtReview() throws Exception {
        HttpResponse<byte[]> response = get("/api/plans/" + backend.planId() + "/export.pptx?audience=partner&review="
                + encode("FY2026 Q3 QBR"), tom);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PPTX);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kestrel-logistics-group-fy2026-q3-qbr-partner.pptx\"");
        PptxContent deck = PptxContent.parse(response.body());
        assertThat(deck.titles()).contains("4. Customer key contacts", "5. Current state",
                "7. Whitespace and expansion");
        assertThat(deck.section("6. Joint targets and milestones").get(0).text())
                .contains("FY2026-H2 | USD 1,100,000 | USD 3,000,000");
        assertThat(deck.section("8. Open pipeline").get(0).text()).contains("Negotiation");
        String all = String.join("\n", PackageParts.of(response.body()).values());
        assertThat(all).doesNotContain("quota relief").doesNotContain("Colin Baptiste")
                .doesNotContain("channel conflict").doesNotContain("[Internal]");
    }

    @Test
    void ownDeckMarksOwnInternalRisk() throws Exception {
        HttpResponse<byte[]> response = get("/api/plans/" + backend.planId() + "/export.pptx?review="
                + encode("FY2026 Q3 QBR"), tom);

        assertThat(response.statusCode()).isEqualTo(200);
        PptxContent deck = PptxContent.parse(response.body());
        assertThat(deck.section("10. Risks and mitigations").get(0).text())
                .contains("[Internal] r3: Our field team's quota relief for co-sell deals ends in Q4")
                .doesNotContain("r2");
    }

    @Test
    void docxAtQ4ReviewIsTierTwo() throws Exception {
        HttpResponse<byte[]> response = get("/api/plans/" + backend.planId() + "/export.docx?review="
                + encode("FY2026 Q4 QBR"), dana);

        assertThat(response.statusCode()).isEqualTo(200);
        DocxContent docx = DocxContent.parse(response.body());
        assertThat(docx.headings()).containsExactly("title", "1. Account overview", "2. Joint value proposition",
                "3. Account team", "4-7. Contacts, current state, targets and whitespace", "8. Open pipeline",
                "9. Joint motion plan", "10. Risks and mitigations", "11. Review cadence");
        assertThat(docx.section("8. Open pipeline").notes())
                .contains("Which of these deals slipped since the FY2026 Q3 QBR?");
        assertThat(docx.section("title").tables().get(0).get(4).get(1)).startsWith("Review FY2026 Q4 QBR (version ");
    }

    @Test
    void exportsAsOfVersionAndInstant() throws Exception {
        JsonNode q3 = asOf("review=" + encode("FY2026 Q3 QBR"));
        long version = q3.path("as_of").path("version").asLong();
        String at = q3.path("as_of").path("at").asText();

        String export = "/api/plans/" + backend.planId() + "/export.docx";
        HttpResponse<byte[]> byVersion = get(export + "?version=" + version, dana);
        HttpResponse<byte[]> byInstant = get(export + "?at=" + encode(at), dana);

        assertThat(byVersion.statusCode()).isEqualTo(200);
        assertThat(byVersion.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kestrel-logistics-group-v" + version + ".docx\"");
        DocxContent docx = DocxContent.parse(byVersion.body());
        assertThat(docx.section("title").tables().get(0)).contains(List.of("Tier", "Tier 1: the full plan"));
        assertThat(docx.section("6. Joint targets and milestones").table("Period"))
                .contains(List.of("FY2026-H2", "USD 1,100,000", "USD 3,000,000"));
        assertThat(byInstant.statusCode()).isEqualTo(200);
        assertThat(DocxContent.parse(byInstant.body()).section("title").tables().get(0).get(4).get(1))
                .startsWith(at + " (version " + version);
    }

    @Test
    void unknownPlanIsNotFound() throws Exception {
        assertProblem(get("/api/plans/no-such-plan/export.docx", dana), 404, "PLAN_NOT_FOUND", null);
    }

    @Test
    void outsiderGetsNotFound() throws Exception {
        assertProblem(get("/api/plans/" + backend.planId() + "/export.pptx", victor), 404, "PLAN_NOT_FOUND", null);
    }

    @Test
    void unknownReviewIsNotFound() throws Exception {
        assertProblem(get("/api/plans/" + backend.planId() + "/export.docx?review=" + encode("FY2030 Q1 QBR"), dana),
                404, "REVIEW_NOT_FOUND", "review");
    }

    @Test
    void versionAboveCurrentIsRejected() throws Exception {
        assertProblem(get("/api/plans/" + backend.planId() + "/export.docx?version=100000", dana), 400, null,
                "version");
    }

    @Test
    void instantBeforeCreationIsRejected() throws Exception {
        assertProblem(get("/api/plans/" + backend.planId() + "/export.pptx?at=2001-01-01T00:00:00Z", dana), 400, null,
                "at");
    }

    @Test
    void badParametersNameTheParameter() throws Exception {
        String plan = "/api/plans/" + backend.planId();
        assertProblem(get(plan + "/export.pdf", dana), 400, "INVALID_FIELD", "format");
        assertProblem(get(plan + "/export.docx?audience=everyone", dana), 400, "INVALID_FIELD", "audience");
        assertProblem(get(plan + "/export.docx?version=3&review=x", dana), 400, "INVALID_FIELD", "review");
        assertProblem(get(plan + "/export.docx?audiance=partner", dana), 400, "UNKNOWN_FIELD", "audiance");
    }

    @Test
    void missingTokenIsUnauthenticated() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(exportUrl() + "/api/plans/"
                + backend.planId() + "/export.docx")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertProblem(response, 401, "UNAUTHENTICATED", null);
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status, String code, String field)
            throws IOException {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(body).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        if (code != null) {
            assertThat(problem.path("code").asText()).as(body).isEqualTo(code);
        }
        if (field != null) {
            assertThat(problem.path("field").asText()).as(body).isEqualTo(field);
        }
    }

    private static JsonNode asOf(String query) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(backend.queryUrl() + "/api/plans/"
                        + backend.planId() + "/as-of?" + query)).header("Authorization", "Bearer " + dana).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<byte[]> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(exportUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String exportUrl() {
        return "http://127.0.0.1:" + exportService.getEnvironment().getProperty("local.server.port");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
