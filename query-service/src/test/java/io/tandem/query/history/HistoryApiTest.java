package io.tandem.query.history;

import static io.tandem.query.history.SharedPlan.DANA;
import static io.tandem.query.history.SharedPlan.OWNER;
import static io.tandem.query.history.SharedPlan.PARTNER;
import static io.tandem.query.history.SharedPlan.PERIOD;
import static io.tandem.query.history.SharedPlan.PRIYA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.query.support.QueryClient.Response;
import io.tandem.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** GET /api/plans/{id}/history and the target audit, against a running query service. */
class HistoryApiTest extends RunningHistoryService {

    @Test
    void ownerHistoryOmitsPartnerInternalChanges() {
        JsonNode page = history("", ownerToken);

        assertThat(versions(page)).containsExactly(12L, 11L, 10L, 9L, 7L, 6L, 5L, 3L, 2L, 1L, 0L);
        assertThat(page.get("plan_id").asText()).isEqualTo(planId);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void partnerHistoryOmitsOwnerInternalChanges() {
        JsonNode page = history("", partnerToken);

        assertThat(versions(page)).containsExactly(12L, 10L, 9L, 8L, 6L, 5L, 4L, 3L, 1L, 0L);
    }

    @Test
    void entryHasAuthorItemAndFieldValues() {
        JsonNode entry = history("?collection=targets&order=oldest&size=2&page=1", ownerToken).get("items").get(0);

        assertThat(entry.get("version").asLong()).isEqualTo(10);
        assertThat(entry.get("at").asText()).isEqualTo(SharedPlan.at(10).toString());
        assertThat(entry.get("user_id").asText()).isEqualTo(PRIYA);
        assertThat(entry.get("user_name").asText()).isEqualTo("PRIYA.NATARAJAN");
        assertThat(entry.get("organization").asText()).isEqualTo(PARTNER);
        assertThat(entry.get("section").asText()).isEqualTo("targets_and_milestones");
        assertThat(entry.get("collection").asText()).isEqualTo("targets");
        assertThat(entry.get("ref").asText()).isEqualTo(PERIOD);
        assertThat(entry.get("action").asText()).isEqualTo("updated");
        assertThat(entry.get("fields")).hasSize(1);
        assertThat(entry.at("/fields/0/field").asText()).isEqualTo("revenue_target");
        assertThat(entry.at("/fields/0/before/amount").asLong()).isEqualTo(1100000);
        assertThat(entry.at("/fields/0/after/amount").asLong()).isEqualTo(1250000);
        assertThat(entry.has("internal_to")).isFalse();
    }

    @Test
    void ownerSeesOwnInternalItemChanges() {
        JsonNode page = history("?collection=contacts&ref=c4&order=oldest", ownerToken);

        assertThat(versions(page)).containsExactly(2L, 7L, 11L);
        assertThat(actions(page)).containsExactly("added", "updated", "removed");
        assertThat(page.at("/items/1/fields/0/field").asText()).isEqualTo("title");
        assertThat(page.at("/items/1/fields/0/before").asText()).isEqualTo("Data Platform Lead");
        assertThat(page.at("/items/1/fields/0/after").asText()).isEqualTo("Head of Data");
    }

    @Test
    void partnerInternalItemLeavesNoTraceForOwner() {
        JsonNode risks = history("?collection=risks", ownerToken);
        JsonNode risksSection = history("?section=risks", ownerToken);
        JsonNode byRef = history("?ref=r3", ownerToken);

        assertThat(risks.get("items")).isEmpty();
        assertThat(risks.get("has_more").asBoolean()).isFalse();
        assertThat(risksSection.get("items")).isEmpty();
        assertThat(byRef.get("items")).isEmpty();
        assertThat(history("", ownerToken).toString()).doesNotContain("\"r3\"").doesNotContain("Quota relief");
    }

    @Test
    void ownerInternalItemLeavesNoTraceForPartner() {
        JsonNode contacts = history("?collection=contacts", partnerToken);

        assertThat(versions(contacts)).containsExactly(1L);
        assertThat(contacts.get("has_more").asBoolean()).isFalse();
        assertThat(history("", partnerToken).toString()).doesNotContain("\"c4\"").doesNotContain("Data Platform");
    }

    @Test
    void hiddenChangesDoNotCountTowardsHasMore() {
        // The partner sees 10 of the 13 changes.
        JsonNode fullPage = history("?size=10", partnerToken);
        JsonNode shortPage = history("?size=9", partnerToken);

        assertThat(fullPage.get("items")).hasSize(10);
        assertThat(fullPage.get("has_more").asBoolean()).isFalse();
        assertThat(shortPage.get("items")).hasSize(9);
        assertThat(shortPage.get("has_more").asBoolean()).isTrue();
    }

    @Test
    void pagesNewestFirst() {
        List<List<Long>> pages = new ArrayList<>();
        List<Boolean> hasMore = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            JsonNode body = history("?size=3&page=" + page, ownerToken);
            pages.add(versions(body));
            hasMore.add(body.get("has_more").asBoolean());
        }

        assertThat(pages).containsExactly(List.of(12L, 11L, 10L), List.of(9L, 7L, 6L), List.of(5L, 3L, 2L),
                List.of(1L, 0L), List.of());
        assertThat(hasMore).containsExactly(true, true, true, false, false);
    }

    @Test
    void pagesOldestFirst() {
        JsonNode first = history("?order=oldest&size=4", partnerToken);
        JsonNode second = history("?order=oldest&size=4&page=1", partnerToken);
        JsonNode last = history("?order=oldest&size=4&page=2", partnerToken);

        assertThat(versions(first)).containsExactly(0L, 1L, 3L, 4L);
        assertThat(versions(second)).containsExactly(5L, 6L, 8L, 9L);
        assertThat(versions(last)).containsExactly(10L, 12L);
        assertThat(last.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void filtersBySection() {
        assertThat(versions(history("?section=plan&order=oldest", ownerToken))).containsExactly(0L, 6L, 9L, 12L);
        assertThat(versions(history("?section=key_contacts&order=oldest", ownerToken)))
                .containsExactly(1L, 2L, 7L, 11L);
        assertThat(versions(history("?section=targets_and_milestones&order=oldest", ownerToken)))
                .containsExactly(3L, 5L, 10L);
        assertThat(versions(history("?section=risks&order=oldest", partnerToken))).containsExactly(4L, 8L);
        assertThat(versions(history("?section=pipeline", ownerToken))).isEmpty();
    }

    @Test
    void filtersByCollectionInEitherSpelling() {
        assertThat(versions(history("?collection=reviews&order=oldest", ownerToken))).containsExactly(6L, 12L);
        assertThat(versions(history("?collection=team-members", ownerToken))).isEmpty();
        assertThat(versions(history("?collection=team_members", ownerToken))).isEmpty();
    }

    @Test
    void filtersByUserAndOrganization() {
        assertThat(versions(history("?user=" + PRIYA, ownerToken))).containsExactly(12L, 10L, 5L);
        assertThat(versions(history("?user=" + PRIYA, partnerToken))).containsExactly(12L, 10L, 8L, 5L, 4L);
        assertThat(versions(history("?organization=" + OWNER, partnerToken))).containsExactly(9L, 6L, 3L, 1L, 0L);
        assertThat(versions(history("?organization=" + OWNER + "&user=" + PRIYA, ownerToken))).isEmpty();
    }

    @Test
    void filtersByTimeFromInclusiveToExclusive() {
        String range = "?from=" + SharedPlan.at(3) + "&to=" + SharedPlan.at(6);

        assertThat(versions(history(range, ownerToken))).containsExactly(5L, 3L);
        assertThat(versions(history(range, partnerToken))).containsExactly(5L, 4L, 3L);
        assertThat(versions(history("?from=2026-06-02T11:09:00%2B02:00", ownerToken)))
                .containsExactly(12L, 11L, 10L, 9L);
    }

    @Test
    void combinesFilters() {
        JsonNode page = history("?section=targets_and_milestones&collection=targets&ref=" + PERIOD + "&user=" + PRIYA
                + "&organization=" + PARTNER + "&from=" + SharedPlan.at(5) + "&to=" + SharedPlan.at(11)
                + "&order=oldest", ownerToken);

        assertThat(versions(page)).containsExactly(5L, 10L);
    }

    @Test
    void targetAuditListsEveryChangeOldestFirst() {
        JsonNode audit = get("/targets/" + PERIOD + "/history", partnerToken).body();

        assertThat(audit.get("plan_id").asText()).isEqualTo(planId);
        assertThat(audit.get("period").asText()).isEqualTo(PERIOD);
        assertThat(versions(audit)).containsExactly(3L, 5L, 10L);
        assertThat(audit.get("items").findValuesAsText("user_id")).containsExactly(DANA, PRIYA, PRIYA);
        assertThat(actions(audit)).containsExactly("added", "updated", "updated");
        JsonNode first = audit.at("/items/0/fields");
        assertThat(first).hasSize(1);
        assertThat(first.at("/0/field").asText()).isEqualTo("revenue_target");
        assertThat(first.at("/0/before").isMissingNode()).isTrue();
        assertThat(first.at("/0/after/amount").asLong()).isEqualTo(900000);
        JsonNode second = audit.at("/items/1/fields");
        assertThat(second.findValuesAsText("field")).containsExactly("revenue_target", "pipeline_target");
        assertThat(second.at("/0/before/amount").asLong()).isEqualTo(900000);
        assertThat(second.at("/0/after/amount").asLong()).isEqualTo(1100000);
    }

    @Test
    void targetAuditOfPeriodWithoutTargetIsEmpty() {
        Response response = get("/targets/FY2027-H1/history", ownerToken);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("items")).isEmpty();
    }

    @Test
    void nonMemberAndUnknownPlanAreNotFound() {
        String outsider = TestTokens.get().token("victor.mendes", "outsider");

        assertProblem(get("/history", outsider), 404, "PLAN_NOT_FOUND", null);
        assertProblem(get("/targets/" + PERIOD + "/history", outsider), 404, "PLAN_NOT_FOUND", null);
        assertProblem(client.get("/api/plans/" + UUID.randomUUID() + "/history", ownerToken), 404,
                "PLAN_NOT_FOUND", null);
    }

    @Test
    void rejectsEveryBadParameter() {
        assertProblem(get("/history?sectoin=plan", ownerToken), 400, "UNKNOWN_FIELD", "sectoin");
        assertProblem(get("/history?section=plan&section=risks", ownerToken), 400, "INVALID_FIELD", "section");
        assertProblem(get("/history?section=", ownerToken), 400, "INVALID_FIELD", "section");
        assertProblem(get("/history?section=deals", ownerToken), 400, "INVALID_FIELD", "section");
        assertProblem(get("/history?collection=pipeline", ownerToken), 400, "INVALID_FIELD", "collection");
        assertProblem(get("/history?ref=", ownerToken), 400, "INVALID_FIELD", "ref");
        assertProblem(get("/history?order=latest", ownerToken), 400, "INVALID_FIELD", "order");
        assertProblem(get("/history?page=-1", ownerToken), 400, "INVALID_FIELD", "page");
        assertProblem(get("/history?page=first", ownerToken), 400, "WRONG_TYPE", "page");
        assertProblem(get("/history?page=99999999999", ownerToken), 400, "INVALID_FIELD", "page");
        assertProblem(get("/history?size=0", ownerToken), 400, "INVALID_FIELD", "size");
        assertProblem(get("/history?size=501", ownerToken), 400, "INVALID_FIELD", "size");
        assertProblem(get("/history?size=2.5", ownerToken), 400, "WRONG_TYPE", "size");
        assertProblem(get("/history?from=yesterday", ownerToken), 400, "INVALID_FIELD", "from");
        assertProblem(get("/history?to=2026-06-02", ownerToken), 400, "INVALID_FIELD", "to");
        assertProblem(get("/history?from=" + SharedPlan.at(5) + "&to=" + SharedPlan.at(4), ownerToken), 400,
                "INVALID_FIELD", "to");
        assertProblem(get("/targets/" + PERIOD + "/history?order=oldest", ownerToken), 400, "UNKNOWN_FIELD",
                "order");
    }

    @Test
    void acceptsLargestPageSize() {
        JsonNode page = history("?size=500", ownerToken);

        assertThat(page.get("size").asInt()).isEqualTo(500);
        assertThat(page.get("items")).hasSize(11);
    }

    private JsonNode history(String query, String token) {
        Response response = get("/history" + query, token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private Response get(String path, String token) {
        return client.get("/api/plans/" + planId + path, token);
    }

    static void assertProblem(Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("code").asText()).isEqualTo(code);
        if (field == null) {
            assertThat(response.body().has("field")).isFalse();
        } else {
            assertThat(response.body().path("field").asText()).isEqualTo(field);
        }
    }

    static List<Long> versions(JsonNode page) {
        List<Long> versions = new ArrayList<>();
        page.get("items").forEach(item -> versions.add(item.get("version").asLong()));
        return versions;
    }

    private static List<String> actions(JsonNode page) {
        return page.get("items").findValuesAsText("action");
    }

    static List<Long> allVersions() {
        return LongStream.rangeClosed(0, SharedPlan.LAST_VERSION).boxed().toList();
    }
}
