package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario: organization names by id, users by id, the timeline, the expected views and the
 * optional {@code expected_target_history} block (null when absent).
 */
record Scenario(Map<String, String> organizationNames, Map<String, ScenarioUser> users, List<Step> steps,
                List<ViewExpectation> expectations, JsonNode targetHistory) {

    ScenarioUser user(String id) {
        return users.get(id);
    }
}
