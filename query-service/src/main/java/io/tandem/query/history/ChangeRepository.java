package io.tandem.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.history.PlanChange;
import io.tandem.plan.json.PlanJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The plan_change table: one row per event of each plan. Every read takes the viewer's
 * organization and leaves out, in SQL, the changes internal to any other organization.
 */
@Repository
public class ChangeRepository {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private static final String UPSERT = """
            INSERT INTO plan_change (plan_id, version, at, user_id, user_name, organization, section, collection,
                                     ref, action, internal_to, fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json)
            ON CONFLICT (plan_id, version) DO UPDATE SET
                at = excluded.at, user_id = excluded.user_id, user_name = excluded.user_name,
                organization = excluded.organization, section = excluded.section,
                collection = excluded.collection, ref = excluded.ref, action = excluded.action,
                internal_to = excluded.internal_to, fields = excluded.fields
            """;

    private static final String COLUMNS = """
            SELECT version, at, user_id, user_name, organization, section, collection, ref, action, fields::text
            FROM plan_change
            WHERE plan_id = ? AND (internal_to IS NULL OR internal_to = ?)
            """;

    private final JdbcTemplate jdbc;

    public ChangeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one change, or replaces the stored change of the same version when the event is applied again. */
    public void save(String planId, PlanChange change) {
        jdbc.update(UPSERT, planId, change.version(), timestamp(change.at()), change.userId(), change.userName(),
                change.organization(), JsonNames.of(change.section()), change.collection(), change.ref(),
                JsonNames.of(change.action()), change.internalTo(), write(change));
    }

    /** Returns up to {@code limit} changes that match the filter, skipping the filter's offset. */
    List<HistoryEntry> find(String planId, String viewer, HistoryFilter filter, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS);
        List<Object> arguments = new ArrayList<>(List.of(planId, viewer));
        where(sql, arguments, "section = ?", filter.section());
        where(sql, arguments, "collection = ?", filter.collection());
        where(sql, arguments, "ref = ?", filter.ref());
        where(sql, arguments, "user_id = ?", filter.user());
        where(sql, arguments, "organization = ?", filter.organization());
        where(sql, arguments, "at >= ?", timestamp(filter.from()));
        where(sql, arguments, "at < ?", timestamp(filter.to()));
        sql.append(filter.newestFirst() ? "ORDER BY version DESC" : "ORDER BY version").append(" LIMIT ? OFFSET ?");
        arguments.add(limit);
        arguments.add(filter.offset());
        return jdbc.query(sql.toString(), ChangeRepository::entry, arguments.toArray());
    }

    /** Returns every change of one item, oldest first, or none when the viewer may not see the item. */
    List<HistoryEntry> findItem(String planId, String viewer, String collection, String ref) {
        return jdbc.query(COLUMNS + "AND collection = ? AND ref = ? ORDER BY version", ChangeRepository::entry,
                planId, viewer, collection, ref);
    }

    /**
     * Returns the last version up to {@code maxVersion} whose event happened at or before the
     * instant, or nothing when the plan had no event by then.
     */
    OptionalLong versionAt(String planId, Instant instant, long maxVersion) {
        Long version = jdbc.queryForObject("SELECT max(version) FROM plan_change WHERE plan_id = ? AND at <= ?"
                + " AND version <= ?", Long.class, planId, timestamp(instant), maxVersion);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /** Returns the recorded reviews up to {@code maxVersion}, in the order they were recorded. */
    List<RecordedReview> reviews(String planId, long maxVersion) {
        return jdbc.query("SELECT ref, version FROM plan_change WHERE plan_id = ? AND collection = 'reviews'"
                        + " AND action = 'recorded' AND version <= ? ORDER BY version",
                (row, rowNumber) -> new RecordedReview(row.getString("ref"), row.getLong("version")),
                planId, maxVersion);
    }

    private static void where(StringBuilder sql, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            sql.append("AND ").append(condition).append('\n');
            arguments.add(value);
        }
    }

    private static HistoryEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new HistoryEntry(row.getLong("version"), row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("user_id"), row.getString("user_name"), row.getString("organization"),
                row.getString("section"), row.getString("collection"), row.getString("ref"),
                row.getString("action"), read(row.getString("fields")));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String write(PlanChange change) {
        try {
            return JSON.writeValueAsString(change.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write the fields of version " + change.version() + " as JSON",
                    e);
        }
    }

    private static JsonNode read(String fields) {
        try {
            return JSON.readTree(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored change has invalid JSON fields: " + e.getOriginalMessage(), e);
        }
    }
}
