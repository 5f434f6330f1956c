package io.tandem.export.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.Review;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plan view JSON of query-service ({@code GET /api/plans/{id}} and its as-of variant) into a
 * {@link PlanView}. Unknown fields are ignored, so the read side may add fields without breaking exports.
 */
public final class PlanViewReader {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private PlanViewReader() {
    }

    public static PlanView read(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The plan view is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static PlanView read(JsonNode view) {
        try {
            return new PlanView(
                    required(view, "plan_id").asText(),
                    required(view, "version").asLong(),
                    required(view, "owner_org").asText(),
                    text(view, "owner_org_name"),
                    required(view, "partner_org").asText(),
                    text(view, "partner_org_name"),
                    required(view, "tier").asInt(),
                    text(view, "currency"),
                    value(view, "updated_at", Instant.class),
                    asOf(view.get("as_of")),
                    value(view, "account_overview", AccountOverview.class),
                    value(view, "value_proposition", ValueProposition.class),
                    value(view, "current_state", CurrentState.class),
                    value(view, "review_cadence", ReviewCadence.class),
                    items(view, "team_members", io.tandem.plan.item.TeamMember.class),
                    items(view, "contacts", io.tandem.plan.item.Contact.class),
                    items(view, "targets", io.tandem.plan.item.Target.class),
                    items(view, "milestones", io.tandem.plan.item.Milestone.class),
                    items(view, "whitespace", io.tandem.plan.item.Whitespace.class),
                    items(view, "deals", io.tandem.plan.item.Deal.class),
                    items(view, "activities", io.tandem.plan.item.Activity.class),
                    items(view, "risks", io.tandem.plan.item.Risk.class),
                    reviews(view));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The plan view does not match the plan's JSON shape: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode required(JsonNode view, String field) {
        JsonNode node = view.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("The plan view has no " + field);
        }
        return node;
    }

    private static String text(JsonNode view, String field) {
        JsonNode node = view.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static <T> T value(JsonNode view, String field, Class<T> type) throws JsonProcessingException {
        JsonNode node = view.get(field);
        return node == null || node.isNull() ? null : JSON.treeToValue(node, type);
    }

    private static AsOf asOf(JsonNode node) throws JsonProcessingException {
        if (node == null || node.isNull()) {
            return null;
        }
        return new AsOf(node.path("version").asLong(), value(node, "at", Instant.class), text(node, "review"));
    }

    private static <T extends PlanItem> List<Listed<T>> items(JsonNode view, String collection, Class<T> type)
            throws JsonProcessingException {
        List<Listed<T>> items = new ArrayList<>();
        for (JsonNode node : view.path(collection)) {
            boolean internal = "internal".equals(node.path("visibility").asText());
            items.add(new Listed<>(JSON.treeToValue(node, type), internal));
        }
        return List.copyOf(items);
    }

    private static List<Review> reviews(JsonNode view) throws JsonProcessingException {
        List<Review> reviews = new ArrayList<>();
        for (JsonNode node : view.path("reviews")) {
            reviews.add(JSON.treeToValue(node, Review.class));
        }
        return List.copyOf(reviews);
    }
}
