package io.tandem.query.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.history.ChangeAction;
import io.tandem.plan.history.FieldChange;
import io.tandem.plan.history.PlanChange;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.Visibility;

/**
 * Builds the frame of a change from the change and the plan state right after it, as one
 * organization sees that state. The {@code item} member is the changed thing after the change:
 * <ul>
 *   <li>a list item or target, with its {@code visibility}, as {@code GET /api/plans/{id}} lists it;</li>
 *   <li>a recorded review, as the plan's {@code reviews} list shows it;</li>
 *   <li>the whole section, for a replaced section such as {@code account_overview};</li>
 *   <li>{@code {"tier": N}} for a tier change, and the plan's owner, partner, tier, currency and
 *       account overview for its creation.</li>
 * </ul>
 * A removal has no {@code item}.
 */
final class ChangeFrames {

    private static final ObjectMapper JSON = PlanJson.storageMapper();
    static final String REVIEWS = "reviews";

    private ChangeFrames() {
    }

    /**
     * Returns the frame of a change. {@code visibleAfter} is the state after the change, already
     * filtered with {@link PlanState#visibleTo} for the organization that receives the frame.
     */
    static ChangeFrame of(PlanChange change, PlanState visibleAfter) {
        ObjectNode content = JSON.createObjectNode();
        content.set("at", JSON.valueToTree(change.at()));
        content.set("section", JSON.valueToTree(change.section()));
        putIfSet(content, "collection", change.collection());
        putIfSet(content, "ref", change.ref());
        content.set("action", JSON.valueToTree(change.action()));
        JsonNode item = item(change, visibleAfter);
        if (item != null) {
            content.set("item", item);
        }
        var fields = content.putArray("fields");
        for (FieldChange field : change.fields()) {
            fields.add(JSON.valueToTree(field));
        }
        ObjectNode by = content.putObject("by");
        putIfSet(by, "user_id", change.userId());
        putIfSet(by, "name", change.userName());
        putIfSet(by, "organization", change.organization());
        return new ChangeFrame(visibleAfter.planId(), change.version(), content);
    }

    private static JsonNode item(PlanChange change, PlanState after) {
        if (change.action() == ChangeAction.REMOVED) {
            return null;
        }
        if (REVIEWS.equals(change.collection())) {
            return after.review(change.ref()).map(review -> (JsonNode) JSON.valueToTree(review)).orElse(null);
        }
        if (change.collection() != null) {
            return listItem(kind(change.collection()), change.ref(), after);
        }
        return switch (change.section()) {
            case PLAN -> change.action() == ChangeAction.CREATED ? plan(after) : tier(after);
            case ACCOUNT_OVERVIEW -> tree(after.accountOverview());
            case VALUE_PROPOSITION -> tree(after.valueProposition());
            case CURRENT_STATE -> tree(after.currentState());
            case REVIEW_CADENCE -> tree(after.reviewCadence());
            default -> null;
        };
    }

    private static JsonNode listItem(ItemKind kind, String ref, PlanState after) {
        return after.item(kind, ref).map(item -> {
            ObjectNode node = JSON.valueToTree(item);
            Visibility visibility = after.internalTo(kind, ref) == null ? Visibility.SHARED : Visibility.INTERNAL;
            node.set("visibility", JSON.valueToTree(visibility));
            return (JsonNode) node;
        }).orElse(null);
    }

    private static ObjectNode plan(PlanState after) {
        ObjectNode plan = JSON.createObjectNode();
        putIfSet(plan, "owner_org", after.ownerOrg());
        putIfSet(plan, "owner_org_name", after.ownerOrgName());
        putIfSet(plan, "partner_org", after.partnerOrg());
        putIfSet(plan, "partner_org_name", after.partnerOrgName());
        plan.put("tier", after.tier());
        putIfSet(plan, "currency", after.currency());
        if (after.accountOverview() != null) {
            plan.set("account_overview", JSON.valueToTree(after.accountOverview()));
        }
        return plan;
    }

    private static ObjectNode tier(PlanState after) {
        return JSON.createObjectNode().put("tier", after.tier());
    }

    private static ItemKind kind(String collection) {
        for (ItemKind kind : ItemKind.values()) {
            if (kind.collection().equals(collection)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No item kind for collection " + collection);
    }

    private static JsonNode tree(Object value) {
        return value == null ? null : JSON.valueToTree(value);
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
