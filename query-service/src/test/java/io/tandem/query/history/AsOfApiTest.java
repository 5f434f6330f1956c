package io.tandem.query.history;

import static io.tandem.query.history.HistoryApiTest.assertProblem;
import static io.tandem.query.history.SharedPlan.OWNER;
import static io.tandem.query.history.SharedPlan.PARTNER;
import static io.tandem.query.history.SharedPlan.Q3;
import static io.tandem.query.history.SharedPlan.Q4;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.json.PlanJson;
import io.tandem.query.support.QueryClient.Response;
import io.tandem.query.view.PlanViewRenderer;
import io.tandem.testsupport.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/plans/{id}/as-of, with most points replayed from a checkpoint plus some events.
 */
class AsOfApiTest extends RunningHistoryService {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    @Autowired
    private PlanReplay replay;

    @Autowired
    private PlanViewRenderer renderer;

    @Test
    void storesCheckpointsAtReviewsAndEveryFourthVersion() {
        List<Long> versions = new JdbcTemplate(dataSource).queryForList(
                "SELECT version FROM plan_checkpoint WHERE plan_id = ? ORDER BY version", Long.class, planId);

        assertThat(versions).containsExactly(4L, 6L, 8L, 12L);
    }

    @Test
    void writesHistoryInProjectionTransaction() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // xmin is the id of the transaction that wrote the row; version 12 is the plan's last event.
        String planWriter = jdbc.queryForObject("SELECT xmin::text FROM plan_view WHERE plan_id = ?", String.class,
                planId);
        String changeWriter = jdbc.queryForObject("SELECT xmin::text FROM plan_change WHERE plan_id = ?"
                + " AND version = 12", String.class, planId);
        String checkpointWriter = jdbc.queryForObject("SELECT xmin::text FROM plan_checkpoint WHERE plan_id = ?"
                + " AND version = 12", String.class, planId);

        assertThat(changeWriter).isEqualTo(planWriter);
        assertThat(checkpointWriter).isEqualTo(planWriter);
    }

    @Test
    void replayEqualsProjectedStateAtEveryVersion() {
        for (long version : HistoryApiTest.allVersions()) {
            assertThat(json(replay.stateAt(planId, version))).as("version " + version)
                    .isEqualTo(projected.json(planId, version));
        }
    }

    @Test
    void versionMatchesProjectedView() {
        for (long version : HistoryApiTest.allVersions()) {
            for (String organization : List.of(OWNER, PARTNER)) {
                JsonNode view = asOf("version=" + version, token(organization));

                assertThat(withoutAsOf(view)).as(organization + " at version " + version)
                        .isEqualTo(expectedView(version, organization));
                assertThat(view.at("/as_of/version").asLong()).isEqualTo(version);
                assertThat(view.at("/as_of/at").asText()).isEqualTo(SharedPlan.at(version).toString());
                assertThat(view.at("/as_of").has("review")).isFalse();
            }
        }
    }

    @Test
    void instantMapsToLastEarlierVersion() {
        for (long version : HistoryApiTest.allVersions()) {
            JsonNode exact = asOf("at=" + SharedPlan.at(version), ownerToken);
            JsonNode between = asOf("at=" + SharedPlan.at(version).plusSeconds(59), partnerToken);

            assertThat(exact.at("/as_of/version").asLong()).isEqualTo(version);
            assertThat(withoutAsOf(exact)).isEqualTo(expectedView(version, OWNER));
            assertThat(between.at("/as_of/version").asLong()).isEqualTo(version);
            assertThat(between.at("/as_of/at").asText()).isEqualTo(SharedPlan.at(version).toString());
            assertThat(withoutAsOf(between)).isEqualTo(expectedView(version, PARTNER));
        }
    }

    @Test
    void instantWithOffsetOrAfterLastEvent() {
        JsonNode withOffset = asOf("at=" + encode("2026-06-02T11:05:30+02:00"), ownerToken);
        JsonNode later = asOf("at=2030-01-01T00:00:00Z", ownerToken);

        assertThat(withOffset.at("/as_of/version").asLong()).isEqualTo(5);
        assertThat(later.at("/as_of/version").asLong()).isEqualTo(SharedPlan.LAST_VERSION);
    }

    @Test
    void asOfReviewIsVersionThatRecordedIt() {
        JsonNode q3 = asOf("review=" + encode(Q3), ownerToken);
        JsonNode q4 = asOf("review=" + encode(" fy2026 q4 qbr "), partnerToken);

        assertThat(withoutAsOf(q3)).isEqualTo(expectedView(6, OWNER));
        assertThat(q3.at("/as_of/version").asLong()).isEqualTo(6);
        assertThat(q3.at("/as_of/review").asText()).isEqualTo(Q3);
        assertThat(q3.at("/as_of/at").asText()).isEqualTo(SharedPlan.at(6).toString());
        assertThat(withoutAsOf(q4)).isEqualTo(expectedView(12, PARTNER));
        assertThat(q4.at("/as_of/review").asText()).isEqualTo(Q4);
    }

    @Test
    void internalItemsVisibleToOwnOrganizationOnly() {
        JsonNode owner = asOf("review=" + encode(Q3), ownerToken);
        JsonNode partner = asOf("review=" + encode(Q3), partnerToken);

        assertThat(owner.get("contacts").findValuesAsText("ref")).containsExactly("c1", "c4");
        assertThat(owner.at("/contacts/1/visibility").asText()).isEqualTo("internal");
        assertThat(owner.get("risks")).isEmpty();
        assertThat(partner.get("contacts").findValuesAsText("ref")).containsExactly("c1");
        assertThat(partner.get("risks").findValuesAsText("ref")).containsExactly("r3");
        assertThat(partner.toString()).doesNotContain("\"c4\"").doesNotContain("Data Platform");
        assertThat(owner.toString()).doesNotContain("\"r3\"").doesNotContain("Quota relief");
    }

    @Test
    void nonMemberAndUnknownPlanAreNotFound() {
        String outsider = TestTokens.get().token("victor.mendes", "outsider");

        assertProblem(get("version=0", outsider), 404, "PLAN_NOT_FOUND", null);
        assertProblem(get("review=" + encode(Q3), outsider), 404, "PLAN_NOT_FOUND", null);
        assertProblem(client.get("/api/plans/" + UUID.randomUUID() + "/as-of?version=0", ownerToken), 404,
                "PLAN_NOT_FOUND", null);
    }

    @Test
    void rejectsEveryBadParameter() {
        assertProblem(get("", ownerToken), 400, "MISSING_FIELD", "at");
        assertProblem(get("at=" + SharedPlan.at(3) + "&version=3", ownerToken), 400, "INVALID_FIELD", "version");
        assertProblem(get("version=3&review=" + encode(Q3), ownerToken), 400, "INVALID_FIELD", "review");
        assertProblem(get("at=tomorrow", ownerToken), 400, "INVALID_FIELD", "at");
        assertProblem(get("at=2026-06-02", ownerToken), 400, "INVALID_FIELD", "at");
        assertProblem(get("at=2026-06-02T11:05:30+02:00", ownerToken), 400, "INVALID_FIELD", "at");
        assertProblem(get("at=" + SharedPlan.START.minusMillis(1), ownerToken), 400, "INVALID_FIELD", "at");
        assertProblem(get("version=-1", ownerToken), 400, "INVALID_FIELD", "version");
        assertProblem(get("version=" + (SharedPlan.LAST_VERSION + 1), ownerToken), 400, "INVALID_FIELD",
                "version");
        assertProblem(get("version=two", ownerToken), 400, "WRONG_TYPE", "version");
        assertProblem(get("version=", ownerToken), 400, "INVALID_FIELD", "version");
        assertProblem(get("review=" + encode("FY2026 Q2 QBR"), ownerToken), 404, "REVIEW_NOT_FOUND", "review");
        assertProblem(get("version=1&version=2", ownerToken), 400, "INVALID_FIELD", "version");
        assertProblem(get("as_of=" + Instant.now(), ownerToken), 400, "UNKNOWN_FIELD", "as_of");
    }

    private JsonNode asOf(String query, String token) {
        Response response = get(query, token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private Response get(String query, String token) {
        return client.get("/api/plans/" + planId + "/as-of" + (query.isEmpty() ? "" : "?" + query), token);
    }

    /** Returns what GET /api/plans/{id} showed the organization when the projection stood at the version. */
    private JsonNode expectedView(long version, String organization) {
        ObjectNode view = renderer.render(projected.state(planId, version), organization);
        try {
            return JSON.readTree(JSON.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode withoutAsOf(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove("as_of");
        return copy;
    }

    private String token(String organization) {
        return organization.equals(OWNER) ? ownerToken : partnerToken;
    }

    private static String json(Object state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
