package io.tandem.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Request bodies of the sample plan between Altura (owner) and Meridian (partner). */
final class PlanRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String CREATE_PLAN = """
            {"owner_org": "altura", "owner_org_name": "Altura Analytics",
             "partner_org": "meridian", "partner_org_name": "Meridian Cloud", "tier": 1,
             "account_overview": {"account": "Kestrel Logistics Group", "industry": "Transportation",
               "size": "18,500 employees", "arr_with_us": {"amount": 420000, "currency": "USD"},
               "arr_with_partner": {"amount": 1850000, "currency": "USD"},
               "strategic_importance": "Largest freight operator in the EMEA book"}}""";

    static final String ACCOUNT_OVERVIEW = """
            {"account": "Kestrel Logistics Group", "industry": "Logistics",
             "arr_with_us": {"amount": 500000, "currency": "USD"}}""";

    static final String VALUE_PROPOSITION = """
            {"combined_value": "Route analytics native on Meridian Cloud",
             "customer_outcomes": ["Cut empty miles below 10%"], "differentiators": ["Certified connector"]}""";

    static final String CURRENT_STATE = """
            {"solutions_deployed": ["Route Insights"], "past_joint_wins": ["Rotterdam pilot"],
             "past_joint_friction": ["Two marketplaces"], "spend_with_us": {"amount": 420000, "currency": "USD"},
             "spend_with_partner": {"amount": 1850000.50, "currency": "USD"}}""";

    static final String REVIEW_CADENCE = """
            {"frequency": "monthly", "next_review": "2026-07-06",
             "escalation_path": ["Dana and Priya", "Lena and Grace"], "accountabilities": "Dana owns the refresh"}""";

    static final String TARGET = """
            {"revenue_target": {"amount": 900000, "currency": "USD"},
             "pipeline_target": {"amount": 2700000, "currency": "USD"}}""";

    /** The add and update requests of one kind of item, with the ref the add request gives. */
    record ItemRequests(String collection, String ref, String add, String update) {

        @Override
        public String toString() {
            return collection;
        }
    }

    static final List<ItemRequests> ITEMS = List.of(
            new ItemRequests("team-members", "tom", """
                    {"ref": "tom", "side": "meridian", "name": "Tom Hale", "role": "Solutions architect",
                     "accountable_for": "Migration design", "executive_sponsor": false}""",
                    """
                    {"role": "Lead architect"}"""),
            new ItemRequests("contacts", "c1", """
                    {"ref": "c1", "name": "Aisha Karimi", "title": "CIO", "relationship_strength": "strong",
                     "role": "economic buyer"}""",
                    """
                    {"relationship_strength": "neutral", "note": null}"""),
            new ItemRequests("milestones", "m1", """
                    {"ref": "m1", "name": "Joint architecture workshop held", "owner": "Tom Hale",
                     "due": "2026-07-15"}""",
                    """
                    {"status": "done"}"""),
            new ItemRequests("whitespace", "w1", """
                    {"ref": "w1", "opportunity": "Fleet telematics analytics",
                     "hypothesis": "Telematics data already lands in object storage",
                     "estimated_value": {"amount": 600000, "currency": "USD"}}""",
                    """
                    {"estimated_value": {"amount": 650000, "currency": "USD"}}"""),
            new ItemRequests("deals", "d1", """
                    {"ref": "d1", "name": "Route Insights EMEA expansion", "stage": "proposal",
                     "amount": {"amount": 780000, "currency": "USD"},
                     "credited_amount": {"amount": 780000, "currency": "USD"},
                     "partner_role": "co-sell", "expected_close": "2026-09-30"}""",
                    """
                    {"stage": "closed won"}"""),
            new ItemRequests("activities", "a1", """
                    {"ref": "a1", "activity": "Joint executive briefing with the CIO", "owner": "Lena Brandt",
                     "due": "2026-07-10"}""",
                    """
                    {"status": "in progress", "due": null}"""),
            new ItemRequests("risks", "r1", """
                    {"ref": "r1", "risk": "Procurement insists on a single invoice", "likelihood": "high",
                     "impact": "medium", "mitigation": "One marketplace private offer",
                     "mitigation_owner": "Sam Okafor"}""",
                    """
                    {"likelihood": "medium"}"""));

    private PlanRequests() {
    }

    /** Returns the fields of a JSON object with {@code base_version} added in front. */
    static String edit(long baseVersion, String fields) {
        try {
            ObjectNode body = JSON.createObjectNode().put("base_version", baseVersion);
            body.setAll((ObjectNode) JSON.readTree(fields));
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + fields, e);
        }
    }
}
