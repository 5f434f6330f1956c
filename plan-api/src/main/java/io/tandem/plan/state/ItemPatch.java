package io.tandem.plan.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.json.PlanJson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies a partial item to a whole one, field by field on their JSON form, so the rule is the
 * same for every kind of item. A non-null field of the changes replaces the current value, a
 * cleared field becomes empty, and every other field stays as it is.
 */
public final class ItemPatch {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private ItemPatch() {
    }

    /** Returns the JSON names of the fields that the changes set or clear, {@code ref} excluded. */
    public static List<String> fieldsNamed(PlanItem changes, Collection<String> cleared) {
        List<String> fields = new ArrayList<>();
        ObjectNode tree = JSON.valueToTree(changes);
        tree.fieldNames().forEachRemaining(fields::add);
        fields.remove("ref");
        fields.remove("period");
        for (String field : cleared) {
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    public static <T extends PlanItem> T apply(T current, PlanItem changes, Collection<String> cleared) {
        ObjectNode tree = JSON.valueToTree(current);
        ObjectNode patch = JSON.valueToTree(changes);
        patch.remove("ref");
        tree.setAll(patch);
        cleared.forEach(tree::remove);
        return (T) JSON.convertValue(tree, current.getClass());
    }

    /** Returns the JSON names of the fields whose values differ between two versions of an item. */
    public static List<String> changedFields(PlanItem before, PlanItem after) {
        ObjectNode a = JSON.valueToTree(before);
        ObjectNode b = JSON.valueToTree(after);
        List<String> changed = new ArrayList<>();
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = b.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().equals(a.get(entry.getKey()))) {
                changed.add(entry.getKey());
            }
        }
        a.fieldNames().forEachRemaining(name -> {
            if (!b.has(name)) {
                changed.add(name);
            }
        });
        return changed;
    }
}
