package io.tandem.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The plan_view table: each plan's folded state as JSON, with the columns that plan lists need.
 * Its statements join the caller's Spring transaction when there is one.
 */
@Repository
public class PlanViewRepository {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private static final String UPSERT = """
            INSERT INTO plan_view (plan_id, owner_org, owner_org_name, partner_org, partner_org_name, account,
                                   tier, version, updated_at, state)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json)
            ON CONFLICT (plan_id) DO UPDATE SET
                owner_org = excluded.owner_org, owner_org_name = excluded.owner_org_name,
                partner_org = excluded.partner_org, partner_org_name = excluded.partner_org_name,
                account = excluded.account, tier = excluded.tier, version = excluded.version,
                updated_at = excluded.updated_at, state = excluded.state
            WHERE plan_view.version < excluded.version
            """;

    private static final String LIST = """
            SELECT plan_id, account, owner_org, owner_org_name, partner_org, partner_org_name, tier, version,
                   updated_at
            FROM plan_view
            WHERE owner_org = ? OR partner_org = ?
            ORDER BY updated_at DESC, plan_id
            """;

    private static final String SUMMARY = """
            SELECT plan_id, account, owner_org, owner_org_name, partner_org, partner_org_name, tier, version,
                   updated_at
            FROM plan_view
            WHERE plan_id = ?
            """;

    private final JdbcTemplate jdbc;

    public PlanViewRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanState> find(String planId) {
        return jdbc.queryForList("SELECT state FROM plan_view WHERE plan_id = ?", String.class, planId)
                .stream()
                .findFirst()
                .map(json -> read(planId, json));
    }

    /** Returns the plan's list entry, read from the columns without parsing the stored state. */
    public Optional<PlanSummary> findSummary(String planId) {
        return jdbc.query(SUMMARY, PlanViewRepository::summary, planId).stream().findFirst();
    }

    /** Stores the state unless the stored row already has the same or a later version. */
    public void save(PlanState state) {
        String account = state.accountOverview() == null ? null : state.accountOverview().account();
        jdbc.update(UPSERT, state.planId(), state.ownerOrg(), state.ownerOrgName(), state.partnerOrg(),
                state.partnerOrgName(), account, state.tier(), state.version(),
                OffsetDateTime.ofInstant(state.updatedAt(), ZoneOffset.UTC), write(state));
    }

    /** Returns the plans the organization owns or partners in, most recently updated first. */
    public List<PlanSummary> findByOrganization(String organization) {
        return jdbc.query(LIST, PlanViewRepository::summary, organization, organization);
    }

    private static PlanSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new PlanSummary(row.getString("plan_id"), row.getString("account"), row.getString("owner_org"),
                row.getString("owner_org_name"), row.getString("partner_org"), row.getString("partner_org_name"),
                row.getInt("tier"), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static PlanState read(String planId, String json) {
        try {
            return JSON.readValue(json, PlanState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to read the stored state of plan " + planId + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String write(PlanState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write plan " + state.planId() + " as JSON", e);
        }
    }
}
