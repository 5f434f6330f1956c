package io.tandem.plan.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The structured difference between two states of one plan: per section, the items added,
 * removed and changed, and the changed fields of whole sections and of the plan itself. Callers
 * pass states already filtered for the viewer, so the diff shows only what the viewer may see.
 */
public final class PlanDiff {

    private static final ObjectMapper JSON = PlanJson.storageMapper();
    private static final List<String> PLAN_FIELDS = List.of("tier", "owner_org_name", "partner_org_name");
    private static final Map<Section, String> WHOLE_SECTIONS = Map.of(
            Section.ACCOUNT_OVERVIEW, "account_overview",
            Section.VALUE_PROPOSITION, "value_proposition",
            Section.CURRENT_STATE, "current_state",
            Section.REVIEW_CADENCE, "review_cadence");

    private PlanDiff() {
    }

    /** An item that exists on one side only, with its JSON form. */
    public record ItemEntry(String collection, String ref, JsonNode item) {
    }

    /** An item on both sides whose fields differ. */
    public record ItemChange(String collection, String ref, List<FieldChange> fields) {
    }

    public record SectionDiff(Section section, List<FieldChange> fields, List<ItemEntry> added,
                              List<ItemEntry> removed, List<ItemChange> changed) {

        boolean isEmpty() {
            return fields.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    /** Returns the sections that differ, in document order; empty when the states are alike. */
    public static List<SectionDiff> between(PlanState from, PlanState to) {
        ObjectNode fromTree = JSON.valueToTree(from);
        ObjectNode toTree = JSON.valueToTree(to);
        Map<Section, SectionDiff> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            sections.put(section, new SectionDiff(section, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>()));
        }
        for (String field : PLAN_FIELDS) {
            JsonNode before = fromTree.get(field);
            JsonNode after = toTree.get(field);
            if (before == null ? after != null : !before.equals(after)) {
                sections.get(Section.PLAN).fields().add(new FieldChange(field, before, after));
            }
        }
        WHOLE_SECTIONS.forEach((section, field) -> sections.get(section).fields().addAll(
                PlanChanges.fields(object(fromTree.get(field)), object(toTree.get(field)))));
        for (ItemKind kind : ItemKind.values()) {
            compareItems(kind, from.items(kind), to.items(kind), sections.get(kind.section()));
        }
        compareReviews(from, to, sections.get(Section.PLAN));
        return sections.values().stream().filter(diff -> !diff.isEmpty()).toList();
    }

    private static void compareItems(ItemKind kind, Map<String, PlanItem> from, Map<String, PlanItem> to,
                                     SectionDiff diff) {
        for (var entry : to.entrySet()) {
            PlanItem before = from.get(entry.getKey());
            if (before == null) {
                diff.added().add(new ItemEntry(kind.collection(), entry.getKey(), JSON.valueToTree(entry.getValue())));
            } else {
                List<FieldChange> fields = PlanChanges.fields(PlanChanges.tree(before), PlanChanges.tree(entry.getValue()),
                        kind == ItemKind.TARGET ? "period" : "ref");
                if (!fields.isEmpty()) {
                    diff.changed().add(new ItemChange(kind.collection(), entry.getKey(), fields));
                }
            }
        }
        for (var entry : from.entrySet()) {
            if (!to.containsKey(entry.getKey())) {
                diff.removed().add(new ItemEntry(kind.collection(), entry.getKey(), JSON.valueToTree(entry.getValue())));
            }
        }
    }

    /** Reviews are only ever recorded, so the diff lists those recorded in between as added. */
    private static void compareReviews(PlanState from, PlanState to, SectionDiff diff) {
        for (var review : to.reviews()) {
            if (from.review(review.name()).isEmpty()) {
                diff.added().add(new ItemEntry("reviews", review.name(), JSON.valueToTree(review)));
            }
        }
        for (var review : from.reviews()) {
            if (to.review(review.name()).isEmpty()) {
                diff.removed().add(new ItemEntry("reviews", review.name(), JSON.valueToTree(review)));
            }
        }
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode object ? object : null;
    }
}
