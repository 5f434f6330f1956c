package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan rebuilt from the live change frames that one organization received, to compare with that
 * organization's REST view of the plan. It keeps the parts that frames carry: the plan's own fields,
 * the four whole sections, and every list by ref (targets by period, reviews by name). It also notes
 * any frame that breaks the stream's order: a version at or below the previous one, or a
 * {@code previous_version} other than the version of the frame before.
 */
final class FoldedFrames {

    private static final List<String> PLAN_FIELDS = List.of("owner_org", "owner_org_name", "partner_org",
            "partner_org_name", "tier", "currency", "account_overview", "value_proposition", "current_state",
            "review_cadence");
    private static final List<String> COLLECTIONS = List.of("team_members", "contacts", "targets", "milestones",
            "whitespace", "deals", "activities", "risks", "reviews");

    private final ObjectNode plan = JsonNodeFactory.instance.objectNode();
    private final Map<String, Map<String, JsonNode>> collections = new LinkedHashMap<>();
    private final List<String> orderProblems = new ArrayList<>();
    private long lastVersion;
    private int frameCount;

    /** Starts a fold of a subscription that asked for the changes after {@code sinceVersion}. */
    FoldedFrames(long sinceVersion) {
        this.lastVersion = sinceVersion;
        COLLECTIONS.forEach(collection -> collections.put(collection, new LinkedHashMap<>()));
    }

    static FoldedFrames of(long sinceVersion, List<JsonNode> frames) {
        FoldedFrames folded = new FoldedFrames(sinceVersion);
        frames.forEach(folded::apply);
        return folded;
    }

    void apply(JsonNode frame) {
        frameCount++;
        long version = frame.path("version").asLong();
        long previous = frame.path("previous_version").asLong();
        if (version <= lastVersion) {
            orderProblems.add("frame of version " + version + " came after version " + lastVersion);
        } else if (previous != lastVersion) {
            orderProblems.add("frame of version " + version + " names previous_version " + previous
                    + ", but the frame before was version " + lastVersion);
        }
        lastVersion = Math.max(lastVersion, version);
        String collection = frame.path("collection").asText(null);
        JsonNode item = frame.get("item");
        if (collection == null) {
            applyToPlan(frame.path("section").asText(), item);
            return;
        }
        Map<String, JsonNode> items = collections.computeIfAbsent(collection, name -> new LinkedHashMap<>());
        String ref = frame.path("ref").asText();
        if ("removed".equals(frame.path("action").asText())) {
            items.remove(ref);
        } else {
            items.put(ref, item);
        }
    }

    /** Sets the plan's own fields (creation, tier) or one whole section, from a frame without a collection. */
    private void applyToPlan(String section, JsonNode item) {
        if (!(item instanceof ObjectNode fields)) {
            return;
        }
        if ("plan".equals(section)) {
            plan.setAll(fields);
        } else {
            plan.set(section, fields);
        }
    }

    int frameCount() {
        return frameCount;
    }

    /** Lists how the folded plan differs from a REST view of the plan, and every order problem seen. */
    List<String> differences(JsonNode view) {
        List<String> differences = new ArrayList<>(orderProblems);
        for (String field : PLAN_FIELDS) {
            JsonNode folded = plan.get(field);
            JsonNode viewed = view.get(field);
            if (folded == null ? viewed != null : !folded.equals(viewed)) {
                differences.add(field + ": frames give " + folded + ", the view " + viewed);
            }
        }
        for (String collection : COLLECTIONS) {
            compare(collection, collections.get(collection), byKey(collection, view.get(collection)), differences);
        }
        return differences;
    }

    private static void compare(String collection, Map<String, JsonNode> folded, Map<String, JsonNode> viewed,
                                List<String> differences) {
        Set<String> refs = new LinkedHashSet<>(folded.keySet());
        refs.addAll(viewed.keySet());
        for (String ref : refs) {
            JsonNode fromFrames = folded.get(ref);
            JsonNode fromView = viewed.get(ref);
            if (fromFrames == null) {
                differences.add(collection + " " + ref + ": in the view, but no frame added it");
            } else if (fromView == null) {
                differences.add(collection + " " + ref + ": in the frames, but not in the view");
            } else if (!fromFrames.equals(fromView)) {
                differences.add(collection + " " + ref + ": frames give " + fromFrames + ", the view " + fromView);
            }
        }
    }

    private static Map<String, JsonNode> byKey(String collection, JsonNode list) {
        String key = switch (collection) {
            case "targets" -> "period";
            case "reviews" -> "name";
            default -> "ref";
        };
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(item -> items.put(item.path(key).asText(), item));
        }
        return items;
    }
}
