package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Maps the edit keys of the scenario format to requests of the write API. The fields of a step become the
 * JSON body as they are, beside {@code base_version}. The key that names the edited target or item (period,
 * ref, or a team member's name) moves into the URL.
 */
final class EditRequests {

    static final String CREATE_PLAN = "create_plan";
    static final String BASE_VERSION = "base_version";

    private static final String PLANS = "/api/plans";
    private static final Map<String, String> SECTION_PATHS = Map.of(
            "set_account_overview", "account-overview",
            "set_value_proposition", "value-proposition",
            "set_current_state", "current-state",
            "set_review_cadence", "review-cadence");

    private EditRequests() {
    }

    /** Returns why a step's edit cannot be sent (unknown edit key, missing period or ref), or null. */
    static String problem(String edit, ObjectNode fields) {
        if (edit.equals(CREATE_PLAN) || edit.equals("set_tier") || edit.equals("record_review")
                || SECTION_PATHS.containsKey(edit)) {
            return null;
        }
        if (edit.equals("set_target") || edit.equals("remove_target")) {
            return text(fields, "period") == null ? edit + " needs a period" : null;
        }
        ItemEdit item = ItemEdit.parse(edit);
        if (item == null) {
            return "unknown edit '" + edit + "'; the edits are create_plan, set_tier, record_review, "
                    + String.join(", ", SECTION_PATHS.keySet().stream().sorted().toList())
                    + ", set_target, remove_target, and add_, update_ or remove_ followed by team_member, "
                    + "contact, milestone, whitespace, deal, activity or risk";
        }
        if (!item.verb().equals("add") && identifier(item.kind(), fields) == null) {
            return edit + " needs a ref" + (item.kind().equals("team_member") ? " or a name" : "");
        }
        return null;
    }

    /** Builds the plan creation, adding the organization names that the step does not give itself. */
    static EditRequest createPlan(ObjectNode fields, Map<String, String> organizationNames) {
        ObjectNode body = fields.deepCopy();
        addOrganizationName(body, "owner_org", organizationNames);
        addOrganizationName(body, "partner_org", organizationNames);
        return new EditRequest("POST", PLANS, body);
    }

    /** Builds the request of an edit of an existing plan. The edit must be one that {@link #problem} accepts. */
    static EditRequest edit(String edit, ObjectNode fields, String planId, long baseVersion) {
        String plan = PLANS + "/" + segment(planId);
        ObjectNode body = withBaseVersion(fields, baseVersion);
        if (SECTION_PATHS.containsKey(edit)) {
            return new EditRequest("PUT", plan + "/" + SECTION_PATHS.get(edit), body);
        }
        switch (edit) {
            case "set_tier":
                return new EditRequest("PUT", plan + "/tier", body);
            case "record_review":
                return new EditRequest("POST", plan + "/reviews", body);
            case "set_target":
                body.remove("period");
                return new EditRequest("PUT", plan + "/targets/" + segment(text(fields, "period")), body);
            case "remove_target":
                return delete(plan + "/targets/" + segment(text(fields, "period")), baseVersion);
            default:
                return itemEdit(ItemEdit.parse(edit), fields, plan, body, baseVersion);
        }
    }

    private static EditRequest itemEdit(ItemEdit item, ObjectNode fields, String plan, ObjectNode body,
                                        long baseVersion) {
        String collection = plan + "/" + ItemKinds.path(item.kind());
        if (item.verb().equals("add")) {
            return new EditRequest("POST", collection, body);
        }
        String identifierField = fields.hasNonNull("ref") ? "ref" : "name";
        String itemPath = collection + "/" + segment(identifier(item.kind(), fields));
        if (item.verb().equals("remove")) {
            return delete(itemPath, baseVersion);
        }
        body.remove(identifierField);
        return new EditRequest("PATCH", itemPath, body);
    }

    private static EditRequest delete(String path, long baseVersion) {
        return new EditRequest("DELETE", path + "?" + BASE_VERSION + "=" + baseVersion, null);
    }

    private static ObjectNode withBaseVersion(ObjectNode fields, long baseVersion) {
        ObjectNode body = fields.objectNode();
        body.put(BASE_VERSION, baseVersion);
        body.setAll(fields.deepCopy());
        return body;
    }

    /** Returns the item's ref, or for a team member without one its name, as the write API keys it. */
    private static String identifier(String kind, ObjectNode fields) {
        String ref = text(fields, "ref");
        return ref == null && kind.equals("team_member") ? text(fields, "name") : ref;
    }

    private static void addOrganizationName(ObjectNode body, String field, Map<String, String> names) {
        String organization = text(body, field);
        String nameField = field + "_name";
        if (organization != null && !body.has(nameField) && names.containsKey(organization)) {
            body.put(nameField, names.get(organization));
        }
    }

    private static String text(ObjectNode fields, String field) {
        JsonNode value = fields.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An item edit key split into its verb and singular item kind, such as {@code update} and {@code deal}. */
    private record ItemEdit(String verb, String kind) {

        static ItemEdit parse(String edit) {
            for (String verb : new String[] {"add", "update", "remove"}) {
                String prefix = verb + "_";
                if (edit.startsWith(prefix) && ItemKinds.isEditable(edit.substring(prefix.length()))) {
                    return new ItemEdit(verb, edit.substring(prefix.length()));
                }
            }
            return null;
        }
    }
}
