package io.tandem.cli.replay;

import java.util.Locale;
import java.util.Map;

/**
 * The plan's list items by their singular scenario name (as in {@code add_team_member}), with their name in
 * REST paths and in the plan view.
 */
final class ItemKinds {

    /** Singular scenario name to the collection name of the plan view. */
    private static final Map<String, String> COLLECTIONS = Map.of(
            "team_member", "team_members",
            "contact", "contacts",
            "milestone", "milestones",
            "whitespace", "whitespace",
            "deal", "deals",
            "activity", "activities",
            "risk", "risks",
            "target", "targets");

    /** Other names a scenario may use for a part of the plan view. */
    private static final Map<String, String> ALIASES = Map.of(
            "team", "team_members",
            "account_team", "team_members",
            "key_contacts", "contacts",
            "pipeline", "deals",
            "review", "reviews");

    private ItemKinds() {
    }

    /** Returns whether the name is an item kind that scenarios add, update and remove (targets are set). */
    static boolean isEditable(String singular) {
        return COLLECTIONS.containsKey(singular) && !"target".equals(singular);
    }

    /** Returns the collection of a singular item name, such as {@code team_members} for {@code team_member}. */
    static String collection(String singular) {
        return COLLECTIONS.get(singular);
    }

    /** Returns the REST path segment of a singular item name, such as {@code team-members}. */
    static String path(String singular) {
        return COLLECTIONS.get(singular).replace('_', '-');
    }

    /**
     * Returns the plan view's name for a key of a scenario's {@code expected} block: case, spaces and
     * hyphens are normalized, and singular or alias names become the view's collection name.
     */
    static String viewName(String scenarioName) {
        String name = scenarioName.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (COLLECTIONS.containsKey(name)) {
            return COLLECTIONS.get(name);
        }
        if (name.endsWith("s") && COLLECTIONS.containsKey(name.substring(0, name.length() - 1))) {
            return COLLECTIONS.get(name.substring(0, name.length() - 1));
        }
        return ALIASES.getOrDefault(name, name);
    }
}
