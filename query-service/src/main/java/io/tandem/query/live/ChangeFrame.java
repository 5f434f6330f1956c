package io.tandem.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.json.PlanJson;

/**
 * One accepted change as a live frame shows it, without {@code previous_version}, which depends on
 * what the receiving subscription got before. {@code content} contains the members after
 * {@code previous_version}: at, section, collection, ref, action, item, fields and by.
 */
record ChangeFrame(String planId, long version, ObjectNode content) {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    /** Returns the frame's JSON body for a subscription whose previous frame had {@code previousVersion}. */
    ObjectNode body(long previousVersion) {
        ObjectNode body = JSON.createObjectNode();
        body.put("plan_id", planId);
        body.put("version", version);
        body.put("previous_version", previousVersion);
        body.setAll(content);
        return body;
    }
}
