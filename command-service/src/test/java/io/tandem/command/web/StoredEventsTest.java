package io.tandem.command.web;

import static io.tandem.command.web.PlanApi.path;
import static io.tandem.command.web.PlanRequests.edit;
import static io.tandem.command.web.Users.DANA;
import static io.tandem.command.web.Users.PRIYA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events are stored as readable snake_case JSON, with the author taken from the token only. */
class StoredEventsTest extends CommandApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of domain_event_entry, with its payload and metadata read as JSON. */
    record StoredEvent(String type, JsonNode payload, JsonNode metaData) {
    }

    private List<StoredEvent> events(String planId) {
        return jdbc.query("SELECT payload_type, convert_from(payload, 'UTF8') AS payload, "
                        + "convert_from(meta_data, 'UTF8') AS meta_data FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, index) -> new StoredEvent(row.getString("payload_type"), readJson(row.getString("payload")),
                        readJson(row.getString("meta_data"))), planId);
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("Stored column is not JSON: " + text, e);
        }
    }

    /** Returns every field name in a JSON tree, nested ones included. */
    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                names.add(name);
                names.addAll(fieldNames(node.get(name)));
            }
        } else if (node.isArray()) {
            node.forEach(element -> names.addAll(fieldNames(element)));
        }
        return names;
    }

    @Test
    void storesCreationAsSnakeCaseJson() {
        String plan = createPlan();

        StoredEvent created = events(plan).get(0);

        assertThat(created.type()).isEqualTo("io.tandem.plan.event.PlanCreated");
        JsonNode payload = created.payload();
        assertThat(payload.path("plan_id").asText()).isEqualTo(plan);
        assertThat(payload.path("owner_org").asText()).isEqualTo("altura");
        assertThat(payload.path("owner_org_name").asText()).isEqualTo("Altura Analytics");
        assertThat(payload.path("partner_org").asText()).isEqualTo("meridian");
        assertThat(payload.path("tier").asInt()).isEqualTo(1);
        assertThat(payload.path("currency").asText()).isEqualTo("USD");
        assertThat(payload.path("account_overview").path("arr_with_us").path("amount").decimalValue())
                .isEqualByComparingTo("420000");
        assertThat(payload.path("account_overview").path("strategic_importance").asText())
                .startsWith("Largest freight operator");
        assertThat(fieldNames(payload)).allMatch(name -> name.matches("[a-z_]+"), "snake_case");
    }

    @Test
    void storesEnumNamesAndIsoDates() {
        String plan = createPlan();
        accepted(api.post(path(plan, "deals"), PRIYA, edit(0, PlanRequests.ITEMS.get(4).add())));
        accepted(api.patch(path(plan, "deals", "d1"), DANA, edit(1, "{\"stage\": \"closed won\"}")));

        List<StoredEvent> events = events(plan);

        assertThat(events).extracting(StoredEvent::type).containsExactly("io.tandem.plan.event.PlanCreated",
                "io.tandem.plan.event.DealAdded", "io.tandem.plan.event.DealUpdated");
        JsonNode added = events.get(1).payload();
        assertThat(added.path("deal").path("ref").asText()).isEqualTo("d1");
        assertThat(added.path("deal").path("stage").asText()).isEqualTo("proposal");
        assertThat(added.path("deal").path("partner_role").asText()).isEqualTo("co-sell");
        assertThat(added.path("deal").path("expected_close").asText()).isEqualTo("2026-09-30");
        assertThat(added.path("deal").path("credited_amount").path("currency").asText()).isEqualTo("USD");
        assertThat(added.has("internal_to")).as("null internal_to left out").isFalse();
        JsonNode updated = events.get(2).payload();
        assertThat(updated.path("deal").path("stage").asText()).isEqualTo("closed won");
        assertThat(updated.path("deal").path("name").asText()).isEqualTo("Route Insights EMEA expansion");
        assertThat(updated.path("changed_fields").toString()).isEqualTo("[\"stage\"]");
    }

    @Test
    void recordsAuthorFromToken() {
        String plan = createPlan();
        accepted(api.put(path(plan, "tier"), PRIYA, edit(0, "{\"tier\": 2}")));

        List<StoredEvent> events = events(plan);

        JsonNode creation = events.get(0).metaData();
        assertThat(creation.path("user_id").asText()).isEqualTo("dana.ruiz");
        assertThat(creation.path("user_name").asText()).isEqualTo("Dana Ruiz");
        assertThat(creation.path("organization").asText()).isEqualTo("altura");
        JsonNode tier = events.get(1).metaData();
        assertThat(tier.path("user_id").asText()).isEqualTo("priya.natarajan");
        assertThat(tier.path("user_name").asText()).isEqualTo("Priya Natarajan");
        assertThat(tier.path("organization").asText()).isEqualTo("meridian");
    }

    @Test
    void rejectsAuthorNamedInBody() {
        String plan = createPlan();
        long before = storedEvents();

        PlanApi.Response item = api.post(path(plan, "risks"), DANA, edit(0, """
                {"ref": "r1", "risk": "R", "likelihood": "low", "impact": "low", "user_id": "mallory"}"""));
        PlanApi.Response tier = api.put(path(plan, "tier"), DANA,
                edit(0, "{\"tier\": 2, \"organization\": \"meridian\"}"));
        PlanApi.Response creation = api.post(path(), DANA,
                PlanRequests.CREATE_PLAN.replaceFirst("\\{", "{\"user_name\": \"Mallory\", "));

        assertProblem(item, 400, "UNKNOWN_FIELD", "user_id");
        assertProblem(tier, 400, "UNKNOWN_FIELD", "organization");
        assertProblem(creation, 400, "UNKNOWN_FIELD", "user_name");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(events(plan)).hasSize(1);
    }
}
