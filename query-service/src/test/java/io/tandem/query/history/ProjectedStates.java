package io.tandem.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.history.PlanChange;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.PlanChangeListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps, as storage JSON, each state the projection stored, by "plan id@version". Register it in a
 * test's context only.
 */
public class ProjectedStates implements PlanChangeListener {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private final Map<String, String> states = new ConcurrentHashMap<>();

    @Override
    public void onChange(PlanChange change, PlanState after) {
        try {
            states.put(after.planId() + "@" + after.version(), JSON.writeValueAsString(after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the stored state as JSON, or null when the projection has not reported it (yet). */
    public String json(String planId, long version) {
        return states.get(planId + "@" + version);
    }

    public PlanState state(String planId, long version) {
        try {
            return JSON.readValue(json(planId, version), PlanState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
