package io.tandem.query.history;

import static io.tandem.query.history.HistoryApiTest.assertProblem;
import static io.tandem.query.history.SharedPlan.PERIOD;
import static io.tandem.query.history.SharedPlan.Q3;
import static io.tandem.query.history.SharedPlan.Q4;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.query.support.QueryClient.Response;
import io.tandem.testsupport.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/plans/{id}/diff against a running query service. */
class DiffApiTest extends RunningHistoryService {

    @Test
    void pointWithItselfHasNoSections() {
        for (long version : HistoryApiTest.allVersions()) {
            JsonNode diff = diff("from_version=" + version + "&to_version=" + version, ownerToken);

            assertThat(diff.get("sections")).as("version " + version).isEmpty();
            assertThat(diff.at("/from/version").asLong()).isEqualTo(version);
            assertThat(diff.at("/to/version").asLong()).isEqualTo(version);
        }
        JsonNode sameReview = diff("from_review=" + encode(Q3) + "&to_at=" + SharedPlan.at(6), partnerToken);
        assertThat(sameReview.get("sections")).isEmpty();
        assertThat(sameReview.at("/from/review").asText()).isEqualTo(Q3);
        assertThat(sameReview.at("/to").has("review")).isFalse();
    }

    @Test
    void ownerDiffOmitsPartnerInternalItems() {
        JsonNode diff = diff("from_review=" + encode(Q3) + "&to_review=" + encode(Q4), ownerToken);

        assertThat(diff.get("plan_id").asText()).isEqualTo(planId);
        assertThat(diff.at("/from/version").asLong()).isEqualTo(6);
        assertThat(diff.at("/from/at").asText()).isEqualTo(SharedPlan.at(6).toString());
        assertThat(diff.at("/from/review").asText()).isEqualTo(Q3);
        assertThat(diff.at("/to/version").asLong()).isEqualTo(12);
        assertThat(diff.at("/to/review").asText()).isEqualTo(Q4);
        assertThat(diff.get("sections").findValuesAsText("section"))
                .containsExactly("plan", "key_contacts", "targets_and_milestones");
        JsonNode plan = diff.at("/sections/0");
        assertThat(plan.at("/fields/0/field").asText()).isEqualTo("tier");
        assertThat(plan.at("/fields/0/before").asInt()).isEqualTo(1);
        assertThat(plan.at("/fields/0/after").asInt()).isEqualTo(2);
        assertThat(plan.get("added")).hasSize(1);
        assertThat(plan.at("/added/0/collection").asText()).isEqualTo("reviews");
        assertThat(plan.at("/added/0/ref").asText()).isEqualTo(Q4);
        JsonNode contacts = diff.at("/sections/1");
        assertThat(contacts.get("removed")).hasSize(1);
        assertThat(contacts.at("/removed/0/ref").asText()).isEqualTo("c4");
        assertThat(contacts.at("/removed/0/item/title").asText()).isEqualTo("Data Platform Lead");
        assertThat(contacts.get("changed")).isEmpty();
        JsonNode targets = diff.at("/sections/2");
        assertThat(targets.at("/changed/0/collection").asText()).isEqualTo("targets");
        assertThat(targets.at("/changed/0/ref").asText()).isEqualTo(PERIOD);
        assertThat(targets.at("/changed/0/fields/0/field").asText()).isEqualTo("revenue_target");
        assertThat(targets.at("/changed/0/fields/0/before/amount").asLong()).isEqualTo(1100000);
        assertThat(targets.at("/changed/0/fields/0/after/amount").asLong()).isEqualTo(1250000);
        assertThat(diff.toString()).doesNotContain("\"r3\"").doesNotContain("Quota relief");
    }

    @Test
    void partnerDiffOmitsOwnerInternalItems() {
        JsonNode diff = diff("from_review=" + encode(Q3) + "&to_review=" + encode(Q4), partnerToken);

        assertThat(diff.get("sections").findValuesAsText("section"))
                .containsExactly("plan", "targets_and_milestones", "risks");
        JsonNode risks = diff.at("/sections/2");
        assertThat(risks.at("/changed/0/ref").asText()).isEqualTo("r3");
        assertThat(risks.at("/changed/0/fields/0/field").asText()).isEqualTo("likelihood");
        assertThat(risks.at("/changed/0/fields/0/before").asText()).isEqualTo("medium");
        assertThat(risks.at("/changed/0/fields/0/after").asText()).isEqualTo("high");
        assertThat(diff.toString()).doesNotContain("\"c4\"").doesNotContain("Data Platform").doesNotContain("Head of Data");
    }

    @Test
    void addedInternalItemHiddenFromOtherOrganization() {
        JsonNode partner = diff("from_version=1&to_version=3", partnerToken);
        JsonNode owner = diff("from_version=1&to_version=3", ownerToken);

        assertThat(partner.get("sections").findValuesAsText("section")).containsExactly("targets_and_milestones");
        assertThat(owner.get("sections").findValuesAsText("section"))
                .containsExactly("key_contacts", "targets_and_milestones");
        assertThat(owner.at("/sections/0/added/0/ref").asText()).isEqualTo("c4");
        assertThat(owner.at("/sections/0/added/0/collection").asText()).isEqualTo("contacts");
    }

    @Test
    void defaultsToCurrentPlan() {
        JsonNode diff = diff("from_at=" + SharedPlan.at(0), ownerToken);

        assertThat(diff.at("/from/version").asLong()).isZero();
        assertThat(diff.at("/to/version").asLong()).isEqualTo(SharedPlan.LAST_VERSION);
        assertThat(diff.at("/to/at").asText()).isEqualTo(SharedPlan.at(SharedPlan.LAST_VERSION).toString());
        assertThat(diff.get("sections").findValuesAsText("section"))
                .containsExactly("plan", "key_contacts", "targets_and_milestones");
    }

    @Test
    void comparesBackwardsToo() {
        JsonNode diff = diff("from_version=3&to_version=1", ownerToken);

        assertThat(diff.at("/sections/0/removed/0/ref").asText()).isEqualTo("c4");
        assertThat(diff.at("/sections/1/removed/0/ref").asText()).isEqualTo(PERIOD);
    }

    @Test
    void nonMemberAndUnknownPlanAreNotFound() {
        String outsider = TestTokens.get().token("victor.mendes", "outsider");

        assertProblem(get("from_version=0", outsider), 404, "PLAN_NOT_FOUND", null);
        assertProblem(client.get("/api/plans/" + UUID.randomUUID() + "/diff?from_version=0", ownerToken), 404,
                "PLAN_NOT_FOUND", null);
    }

    @Test
    void rejectsEveryBadParameter() {
        assertProblem(get("", ownerToken), 400, "MISSING_FIELD", "from_at");
        assertProblem(get("to_version=3", ownerToken), 400, "MISSING_FIELD", "from_at");
        assertProblem(get("from_version=1&from_review=" + encode(Q3), ownerToken), 400, "INVALID_FIELD",
                "from_review");
        assertProblem(get("from_version=1&to_at=" + SharedPlan.at(2) + "&to_version=2", ownerToken), 400,
                "INVALID_FIELD", "to_version");
        assertProblem(get("from_at=noon", ownerToken), 400, "INVALID_FIELD", "from_at");
        assertProblem(get("from_version=1&to_at=" + SharedPlan.START.minusSeconds(1), ownerToken), 400,
                "INVALID_FIELD", "to_at");
        assertProblem(get("from_version=-2", ownerToken), 400, "INVALID_FIELD", "from_version");
        assertProblem(get("from_version=1&to_version=13", ownerToken), 400, "INVALID_FIELD", "to_version");
        assertProblem(get("from_version=x", ownerToken), 400, "WRONG_TYPE", "from_version");
        assertProblem(get("from_review=Kickoff", ownerToken), 404, "REVIEW_NOT_FOUND", "from_review");
        assertProblem(get("from_version=1&to_review=Kickoff", ownerToken), 404, "REVIEW_NOT_FOUND", "to_review");
        assertProblem(get("from_version=1&to=2", ownerToken), 400, "UNKNOWN_FIELD", "to");
        assertProblem(get("version=1", ownerToken), 400, "UNKNOWN_FIELD", "version");
    }

    private JsonNode diff(String query, String token) {
        Response response = get(query, token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private Response get(String query, String token) {
        return client.get("/api/plans/" + planId + "/diff" + (query.isEmpty() ? "" : "?" + query), token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
