package io.tandem.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The plan_checkpoint table: whole plan states at some versions, each with every organization's items. */
@Repository
public class CheckpointRepository {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private static final String UPSERT = """
            INSERT INTO plan_checkpoint (plan_id, version, state) VALUES (?, ?, ?::json)
            ON CONFLICT (plan_id, version) DO UPDATE SET state = excluded.state
            """;

    private static final String LATEST = """
            SELECT state::text FROM plan_checkpoint WHERE plan_id = ? AND version <= ?
            ORDER BY version DESC LIMIT 1
            """;

    private final JdbcTemplate jdbc;

    public CheckpointRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the state under its version, replacing a checkpoint of the same version. */
    public void save(PlanState state) {
        jdbc.update(UPSERT, state.planId(), state.version(), write(state));
    }

    /** Returns the checkpoint with the highest version at or below {@code version}, if there is one. */
    public Optional<PlanState> latestAtOrBelow(String planId, long version) {
        return jdbc.queryForList(LATEST, String.class, planId, version).stream()
                .findFirst()
                .map(json -> read(planId, json));
    }

    private static PlanState read(String planId, String json) {
        try {
            return JSON.readValue(json, PlanState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to read a checkpoint of plan " + planId + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String write(PlanState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write a checkpoint of plan " + state.planId() + " as JSON", e);
        }
    }
}
