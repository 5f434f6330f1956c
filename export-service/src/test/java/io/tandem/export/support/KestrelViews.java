package io.tandem.export.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.export.plan.PlanView;
import io.tandem.export.plan.PlanViewReader;
import io.tandem.plan.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Plan views of the Kestrel sample scenario (scenarios/kestrel-logistics.yaml), as query-service returned them
 * after the scenario was replayed through command-service and query-service. Each point has a view for Dana Ruiz
 * (Altura, the owner) and one for Priya Natarajan (Meridian, the partner). The points are the FY2026 Q3 QBR
 * (Tier 1), the FY2026 Q4 QBR (Tier 2) and the end of the timeline (Tier 2).
 */
public final class KestrelViews {

    public static final String DANA = "dana";
    public static final String PRIYA = "priya";
    public static final String Q3 = "q3";
    public static final String Q4 = "q4";
    public static final String CURRENT = "current";

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private KestrelViews() {
    }

    /** Returns the view JSON of one user at one point: {@code json(DANA, Q3)}. */
    public static ObjectNode json(String user, String point) {
        String resource = "/views/kestrel-" + user + "-" + point + ".json";
        try (InputStream in = KestrelViews.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanView view(String user, String point) {
        return PlanViewReader.read(json(user, point));
    }

    /** Returns the view with its tier replaced, for the tiers the scenario never reaches. */
    public static PlanView withTier(String user, String point, int tier) {
        ObjectNode json = json(user, point);
        json.put("tier", tier);
        return PlanViewReader.read((JsonNode) json);
    }

    /**
     * Returns Dana's Tier 1 view at the FY2026 Q3 QBR with its deals replaced by {@code count} generated ones,
     * spread over the open stages, with names long enough to wrap in narrow table columns.
     */
    public static PlanView withDeals(int count) {
        ObjectNode json = json(DANA, Q3);
        ArrayNode deals = json.putArray("deals");
        String[] stages = {"discovery", "qualification", "proposal", "negotiation"};
        String[] roles = {"sourced", "influence", "co-sell"};
        for (int index = 1; index <= count; index++) {
            ObjectNode deal = deals.addObject();
            deal.put("ref", "g" + index);
            deal.put("name", "Generated deal " + index + (index % 3 == 0
                    ? " for the regional warehouse analytics rollout across the Benelux and Nordic sites" : ""));
            deal.put("stage", stages[index % stages.length]);
            deal.putObject("amount").put("amount", 10_000L * index).put("currency", "USD");
            deal.putObject("credited_amount").put("amount", 5_000L * index).put("currency", "USD");
            deal.put("partner_role", roles[index % roles.length]);
            deal.put("expected_close", "2026-12-15");
            deal.put("visibility", "shared");
        }
        return PlanViewReader.read((JsonNode) json);
    }
}
