package io.tandem.query.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.section.Review;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.Visibility;
import org.springframework.stereotype.Component;

/**
 * Renders a plan state as the JSON one organization reads: only the items it may see, each list
 * section as an array in the order its items were added, every item with its {@code visibility},
 * and no section that was never set.
 */
@Component
public class PlanViewRenderer {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    public ObjectNode render(PlanState state, String organization) {
        PlanState visible = state.visibleTo(organization);
        ObjectNode view = JSON.createObjectNode();
        view.put("plan_id", visible.planId());
        view.put("version", visible.version());
        view.put("owner_org", visible.ownerOrg());
        putIfSet(view, "owner_org_name", visible.ownerOrgName());
        view.put("partner_org", visible.partnerOrg());
        putIfSet(view, "partner_org_name", visible.partnerOrgName());
        view.put("tier", visible.tier());
        putIfSet(view, "currency", visible.currency());
        putIfSet(view, "created_at", visible.createdAt());
        putIfSet(view, "created_by", visible.createdBy());
        putIfSet(view, "updated_at", visible.updatedAt());
        putIfSet(view, "account_overview", visible.accountOverview());
        putIfSet(view, "value_proposition", visible.valueProposition());
        putIfSet(view, "current_state", visible.currentState());
        putIfSet(view, "review_cadence", visible.reviewCadence());
        for (ItemKind kind : ItemKind.values()) {
            view.set(kind.collection(), items(visible, kind));
        }
        ArrayNode reviews = view.putArray("reviews");
        for (Review review : visible.reviews()) {
            reviews.add(JSON.valueToTree(review));
        }
        return view;
    }

    private static ArrayNode items(PlanState visible, ItemKind kind) {
        ArrayNode items = JSON.createArrayNode();
        for (PlanItem item : visible.items(kind).values()) {
            ObjectNode node = JSON.valueToTree(item);
            Visibility visibility = visible.internalTo(kind, item.ref()) == null
                    ? Visibility.SHARED : Visibility.INTERNAL;
            node.set("visibility", JSON.valueToTree(visibility));
            items.add(node);
        }
        return items;
    }

    private static void putIfSet(ObjectNode view, String field, Object value) {
        if (value != null) {
            view.set(field, JSON.valueToTree(value));
        }
    }
}
