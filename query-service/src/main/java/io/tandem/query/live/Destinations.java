package io.tandem.query.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The STOMP destinations of live co-editing, and the plan id each one names. */
final class Destinations {

    static final String TOPIC_PREFIX = "/topic";
    static final String APP_PREFIX = "/app";

    private static final String PLAN_ID = "([A-Za-z0-9._~-]+)";
    private static final Pattern CHANGES = Pattern.compile("/topic/plans/" + PLAN_ID);
    private static final Pattern PRESENCE = Pattern.compile("/topic/plans/" + PLAN_ID + "/presence");
    private static final Pattern PRESENCE_UPDATE = Pattern.compile("/app/plans/" + PLAN_ID + "/presence");

    private Destinations() {
    }

    static String changes(String planId) {
        return "/topic/plans/" + planId;
    }

    static String presence(String planId) {
        return changes(planId) + "/presence";
    }

    /** Returns the plan id of a change subscription's destination, {@code /topic/plans/{planId}}. */
    static Optional<String> changesOf(String destination) {
        return planId(CHANGES, destination);
    }

    /** Returns the plan id of a presence subscription's destination, {@code /topic/plans/{planId}/presence}. */
    static Optional<String> presenceOf(String destination) {
        return planId(PRESENCE, destination);
    }

    /** Returns the plan id of a presence message's destination, {@code /app/plans/{planId}/presence}. */
    static Optional<String> presenceUpdateOf(String destination) {
        return planId(PRESENCE_UPDATE, destination);
    }

    private static Optional<String> planId(Pattern pattern, String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(destination);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
