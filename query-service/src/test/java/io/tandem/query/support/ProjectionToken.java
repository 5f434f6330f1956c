package io.tandem.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tandem.plan.json.PlanJson;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the plan projection's row in token_entry, where the tracking processor keeps its position. */
public final class ProjectionToken {

    private static final String PROCESSOR = "plan-projection";

    private ProjectionToken() {
    }

    /** Returns the global index of the last event that the token records as read. */
    public static long index(JdbcTemplate jdbc) {
        String token = jdbc.queryForObject(
                "SELECT convert_from(token, 'UTF8') FROM token_entry WHERE processor_name = ?", String.class,
                PROCESSOR);
        try {
            return PlanJson.storageMapper().readTree(token).get("index").asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored token is invalid JSON: " + token, e);
        }
    }

    /** Returns the node that has claimed the token, or null while no processor has claimed it. */
    public static String owner(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT owner FROM token_entry WHERE processor_name = ?", String.class,
                PROCESSOR);
    }
}
