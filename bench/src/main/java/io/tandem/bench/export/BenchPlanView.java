package io.tandem.bench.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.json.PlanJson;

/**
 * The view JSON of a full Tier 1 plan, as query-service renders it for the owner organization: every
 * section set, a team, contacts, targets, milestones, whitespace, activities and risks of a busy account,
 * {@code deals} pipeline deals, and a few internal items so the own-audience export marks rows.
 */
final class BenchPlanView {

    private static final ObjectMapper JSON = PlanJson.storageMapper();
    private static final String[] STAGES = {"discovery", "qualification", "proposal", "negotiation", "closed won"};
    private static final String[] ROLES = {"sourced", "influence", "co-sell"};
    private static final String[] LEVELS = {"low", "medium", "high"};
    private static final String[] STATUSES = {"open", "in progress", "blocked", "done"};

    private BenchPlanView() {
    }

    static String json(int deals) {
        ObjectNode view = JSON.createObjectNode();
        view.put("plan_id", "bench-plan").put("version", 1200).put("owner_org", "altura")
                .put("owner_org_name", "Altura Analytics").put("partner_org", "meridian")
                .put("partner_org_name", "Meridian Cloud").put("tier", 1).put("currency", "USD")
                .put("updated_at", "2026-09-30T16:00:00Z");

        ObjectNode overview = view.putObject("account_overview");
        overview.put("account", "Kestrel Logistics Group").put("industry", "Transportation and logistics")
                .put("size", "18,500 employees; USD 6.2B revenue")
                .put("strategic_importance", "Largest freight operator in the EMEA book; its move of the routing "
                        + "platform to the partner's cloud opens a joint analytics footprint across 40 distribution "
                        + "centres.");
        money(overview, "arr_with_us", 420_000);
        money(overview, "arr_with_partner", 1_850_000);

        ObjectNode value = view.putObject("value_proposition");
        value.put("combined_value", "Route analytics running natively on the partner's data platform, sold and "
                + "supported as one solution.");
        value.putArray("customer_outcomes").add("Cut empty-mile ratio from 14% to under 10% within 12 months")
                .add("Retire two on-premises data warehouses by Q2 2027").add("Halve the time to plan a new route");
        value.putArray("differentiators").add("Only analytics vendor with a certified logistics data connector")
                .add("Joint reference architecture already live at two freight customers");

        ObjectNode state = view.putObject("current_state");
        state.putArray("solutions_deployed").add("Route Insights (3 regions)").add("Compute and object storage");
        state.putArray("past_joint_wins").add("2025 pilot of real-time ETA dashboards in the Rotterdam hub");
        state.putArray("past_joint_friction").add("Pilot invoicing went through two marketplaces");
        money(state, "spend_with_us", 420_000);
        money(state, "spend_with_partner", 1_850_000);

        ObjectNode cadence = view.putObject("review_cadence");
        cadence.put("frequency", "monthly").put("next_review", "2026-10-06")
                .put("accountabilities", "Dana owns the plan refresh; Priya owns partner funding.");
        cadence.putArray("escalation_path").add("Alliance managers").add("Executive sponsors");

        items(view, deals);
        ArrayNode reviews = view.putArray("reviews");
        reviews.addObject().put("name", "FY2026 Q2 QBR").put("notes", "Targets set.").put("version", 400)
                .put("recorded_at", "2026-06-30T16:00:00Z").put("recorded_by", "dana.ruiz");
        return view.toString();
    }

    private static void items(ObjectNode view, int deals) {
        ArrayNode team = view.putArray("team_members");
        for (int index = 1; index <= 12; index++) {
            item(team, "Member " + index).put("side", index % 2 == 0 ? "altura" : "meridian")
                    .put("name", "Member " + index).put("role", "Role " + index)
                    .put("accountable_for", "Accountability number " + index).put("executive_sponsor", index <= 2);
        }

        ArrayNode contacts = view.putArray("contacts");
        for (int index = 1; index <= 15; index++) {
            ObjectNode contact = item(contacts, "c" + index).put("name", "Contact " + index)
                    .put("title", "Director of function " + index).put("relationship_strength", "neutral")
                    .put("role", index == 2 ? "champion" : "influencer");
            if (index > 1) {
                contact.put("reports_to", "c1");
            }
            if (index == 15) {
                contact.put("note", "Sponsors a competitor; expect pushback.").put("visibility", "internal");
            }
        }

        ArrayNode targets = view.putArray("targets");
        for (String period : new String[] {"FY2026-H1", "FY2026-H2", "FY2027-H1", "FY2027-H2"}) {
            ObjectNode target = item(targets, period).put("period", period);
            money(target, "revenue_target", 1_000_000);
            money(target, "pipeline_target", 3_000_000);
        }

        ArrayNode milestones = view.putArray("milestones");
        for (int index = 1; index <= 10; index++) {
            item(milestones, "m" + index).put("name", "Milestone " + index + " of the joint programme")
                    .put("owner", "Member " + index).put("due", "2026-1" + (index % 3) + "-15")
                    .put("status", STATUSES[index % STATUSES.length]);
        }

        ArrayNode whitespace = view.putArray("whitespace");
        for (int index = 1; index <= 8; index++) {
            money(item(whitespace, "w" + index).put("opportunity", "Expansion opportunity " + index)
                    .put("hypothesis", "The data already lands on the platform, so a pilot needs no new ingestion."),
                    "estimated_value", 100_000L * index);
        }

        ArrayNode pipeline = view.putArray("deals");
        for (int index = 1; index <= deals; index++) {
            ObjectNode deal = item(pipeline, "d" + index).put("name", "Deal " + index
                    + (index % 3 == 0 ? " for the regional warehouse analytics rollout across the Nordic sites" : ""))
                    .put("stage", STAGES[index % STAGES.length]).put("partner_role", ROLES[index % ROLES.length])
                    .put("expected_close", "2026-12-15");
            money(deal, "amount", 10_000L * index);
            money(deal, "credited_amount", 5_000L * index);
            if (index % 50 == 0) {
                deal.put("visibility", "internal");
            }
        }

        ArrayNode activities = view.putArray("activities");
        for (int index = 1; index <= 15; index++) {
            item(activities, "a" + index).put("activity", "Joint activity " + index + " with the customer")
                    .put("owner", "Member " + index).put("due", "2026-11-0" + (index % 9 + 1))
                    .put("status", STATUSES[index % STATUSES.length]);
        }

        ArrayNode risks = view.putArray("risks");
        for (int index = 1; index <= 12; index++) {
            ObjectNode risk = item(risks, "r" + index).put("risk", "Risk " + index + " to the joint plan")
                    .put("likelihood", LEVELS[index % 3]).put("impact", LEVELS[(index / 3) % 3])
                    .put("mitigation", "Mitigation " + index).put("mitigation_owner", "Member " + index);
            if (index == 12) {
                risk.put("visibility", "internal");
            }
        }
    }

    private static ObjectNode item(ArrayNode items, String ref) {
        return items.addObject().put("ref", ref).put("visibility", "shared");
    }

    private static ObjectNode money(ObjectNode node, String field, long amount) {
        node.putObject(field).put("amount", amount).put("currency", "USD");
        return node;
    }
}
