package io.tandem.plan.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.event.ItemAdded;
import io.tandem.plan.event.ItemEvent;
import io.tandem.plan.event.ItemRemoved;
import io.tandem.plan.event.ItemUpdated;
import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.SectionReplaced;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.EventContext;
import io.tandem.plan.state.PlanState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Describes an event as a {@link PlanChange}, from the plan state just before the event. The
 * history and the live frames both use it, so they name fields and values the same way.
 */
public final class PlanChanges {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private PlanChanges() {
    }

    public static PlanChange describe(PlanState before, PlanEvent event, EventContext context) {
        if (event instanceof ItemEvent item) {
            return describeItem(before, item, context);
        }
        if (event instanceof TargetSet set) {
            var old = before.item(ItemKind.TARGET, set.target().period()).orElse(null);
            return change(context, event, ItemKind.TARGET.collection(), set.target().period(),
                    old == null ? ChangeAction.ADDED : ChangeAction.UPDATED, null,
                    fields(tree(old), tree(set.target()), "period"));
        }
        if (event instanceof SectionReplaced replaced) {
            JsonNode old = JSON.valueToTree(before).get(sectionField(replaced));
            return change(context, event, null, null, ChangeAction.SET, null,
                    fields(old == null || old.isNull() ? null : (ObjectNode) old, tree(replaced.content())));
        }
        if (event instanceof TierSet set) {
            return change(context, event, null, null, ChangeAction.SET, null, List.of(new FieldChange("tier",
                    before.version() < 0 ? null : JSON.valueToTree(before.tier()), JSON.valueToTree(set.tier()))));
        }
        if (event instanceof ReviewRecorded review) {
            return change(context, event, "reviews", review.name(), ChangeAction.RECORDED, null,
                    fields(null, tree(review), "plan_id"));
        }
        if (event instanceof PlanCreated created) {
            return change(context, event, null, null, ChangeAction.CREATED, null,
                    fields(null, tree(created), "plan_id"));
        }
        throw new IllegalArgumentException("No description for event " + event.getClass().getName());
    }

    private static PlanChange describeItem(PlanState before, ItemEvent event, EventContext context) {
        ItemKind kind = event.kind();
        String ref = event.ref();
        ObjectNode old = tree(before.item(kind, ref).orElse(null));
        if (event instanceof ItemAdded added) {
            return change(context, event, kind.collection(), ref, ChangeAction.ADDED, added.internalTo(),
                    fields(null, tree(added.item())));
        }
        String internalTo = before.internalTo(kind, ref);
        if (event instanceof ItemUpdated updated) {
            return change(context, event, kind.collection(), ref, ChangeAction.UPDATED, internalTo,
                    fields(old, tree(updated.item())));
        }
        if (event instanceof ItemRemoved) {
            return change(context, event, kind.collection(), ref, ChangeAction.REMOVED, internalTo,
                    fields(old, null, "period"));
        }
        throw new IllegalArgumentException("No description for event " + event.getClass().getName());
    }

    private static PlanChange change(EventContext context, PlanEvent event, String collection, String ref,
                                     ChangeAction action, String internalTo, List<FieldChange> fields) {
        return new PlanChange(context.version(), context.timestamp(), context.userId(), context.userName(),
                context.organization(), event.section(), collection, ref, action, internalTo, fields);
    }

    /** Returns the fields whose values differ between two JSON objects, in the order they appear. */
    public static List<FieldChange> fields(ObjectNode before, ObjectNode after, String... ignored) {
        Set<String> names = new LinkedHashSet<>();
        if (before != null) {
            before.fieldNames().forEachRemaining(names::add);
        }
        if (after != null) {
            after.fieldNames().forEachRemaining(names::add);
        }
        names.removeAll(Set.of(ignored));
        names.remove("ref");
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode old = before == null ? null : before.get(name);
            JsonNode now = after == null ? null : after.get(name);
            if (old == null ? now != null : !old.equals(now)) {
                changes.add(new FieldChange(name, old, now));
            }
        }
        return changes;
    }

    static ObjectNode tree(Object value) {
        return value == null ? null : JSON.valueToTree(value);
    }

    private static String sectionField(SectionReplaced replaced) {
        return replaced.section().name().toLowerCase(java.util.Locale.ROOT);
    }
}
