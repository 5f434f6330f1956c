package io.tandem.command.web;

import io.tandem.plan.item.ItemKind;
import java.util.Map;

/** Example request bodies of the write API, from a Tier 1 plan between a vendor and a hyperscaler. */
final class PlanCommandExamples {

    static final String CREATE = """
            {"owner_org": "altura", "owner_org_name": "Altura Analytics",
             "partner_org": "meridian", "partner_org_name": "Meridian Cloud", "tier": 1,
             "account_overview": {"account": "Kestrel Logistics Group", "industry": "Transportation and logistics",
                                  "size": "18,500 employees", "arr_with_us": {"amount": 420000, "currency": "USD"},
                                  "arr_with_partner": {"amount": 1850000, "currency": "USD"},
                                  "strategic_importance": "Largest freight operator in our EMEA book"}}
            """;

    static final String TIER = """
            {"base_version": 12, "tier": 2}
            """;

    static final String REVIEW = """
            {"base_version": 33, "name": "FY2026 Q3 QBR", "notes": "Targets raised after the architecture workshop."}
            """;

    static final String ACCOUNT_OVERVIEW = """
            {"base_version": 4, "account": "Kestrel Logistics Group", "industry": "Transportation and logistics",
             "size": "18,500 employees", "arr_with_us": {"amount": 420000, "currency": "USD"},
             "arr_with_partner": {"amount": 1850000, "currency": "USD"},
             "strategic_importance": "Largest freight operator in our EMEA book"}
            """;

    static final String VALUE_PROPOSITION = """
            {"base_version": 1, "combined_value": "Route analytics running natively on the partner's data platform",
             "customer_outcomes": ["Cut empty-mile ratio from 14% to under 10% within 12 months"],
             "differentiators": ["Only analytics vendor with a certified logistics data connector"]}
            """;

    static final String CURRENT_STATE = """
            {"base_version": 12, "solutions_deployed": ["Altura Route Insights (3 regions)"],
             "past_joint_wins": ["2025 pilot of real-time ETA dashboards in the Rotterdam hub"],
             "past_joint_friction": ["Pilot invoicing went through two marketplaces"],
             "spend_with_us": {"amount": 420000, "currency": "USD"},
             "spend_with_partner": {"amount": 1850000, "currency": "USD"}}
            """;

    static final String REVIEW_CADENCE = """
            {"base_version": 27, "frequency": "monthly", "next_review": "2026-07-06",
             "escalation_path": ["Dana Ruiz and Priya Natarajan", "Lena Brandt and Grace Lin"],
             "accountabilities": "Dana owns the plan refresh; Priya owns partner funding."}
            """;

    static final String TARGET = """
            {"base_version": 13, "revenue_target": {"amount": 900000, "currency": "USD"},
             "pipeline_target": {"amount": 2700000, "currency": "USD"}}
            """;

    static final Map<ItemKind, String> ADDITIONS = Map.of(
            ItemKind.TEAM_MEMBER, """
                    {"base_version": 2, "side": "altura", "name": "Dana Ruiz", "role": "Alliance manager",
                     "accountable_for": "Plan owner and joint cadence"}
                    """,
            ItemKind.CONTACT, """
                    {"base_version": 8, "ref": "c1", "name": "Aisha Karimi", "title": "CIO",
                     "relationship_strength": "strong", "role": "economic buyer"}
                    """,
            ItemKind.MILESTONE, """
                    {"base_version": 14, "ref": "m1", "name": "Joint architecture workshop held",
                     "owner": "Tom Hale", "due": "2026-07-15"}
                    """,
            ItemKind.WHITESPACE, """
                    {"base_version": 16, "ref": "w1", "opportunity": "Fleet telematics analytics",
                     "hypothesis": "Telematics data already lands in the partner's object storage",
                     "estimated_value": {"amount": 600000, "currency": "USD"}}
                    """,
            ItemKind.DEAL, """
                    {"base_version": 18, "ref": "d1", "name": "Route Insights EMEA-wide expansion",
                     "stage": "proposal", "amount": {"amount": 780000, "currency": "USD"},
                     "credited_amount": {"amount": 780000, "currency": "USD"}, "partner_role": "co-sell",
                     "expected_close": "2026-09-30"}
                    """,
            ItemKind.ACTIVITY, """
                    {"base_version": 21, "ref": "a1", "activity": "Run joint executive briefing with the CIO",
                     "owner": "Lena Brandt", "due": "2026-07-10"}
                    """,
            ItemKind.RISK, """
                    {"base_version": 24, "ref": "r1", "risk": "Procurement insists on a single invoice",
                     "likelihood": "high", "impact": "medium",
                     "mitigation": "Route all joint deals through one marketplace private offer",
                     "mitigation_owner": "Sam Okafor", "visibility": "internal"}
                    """);

    static final Map<ItemKind, String> UPDATES = Map.of(
            ItemKind.TEAM_MEMBER, """
                    {"base_version": 40, "role": "Executive sponsor", "executive_sponsor": true}
                    """,
            ItemKind.CONTACT, """
                    {"base_version": 40, "title": "Chief Digital Officer", "role": null}
                    """,
            ItemKind.MILESTONE, """
                    {"base_version": 28, "status": "done"}
                    """,
            ItemKind.WHITESPACE, """
                    {"base_version": 40, "estimated_value": {"amount": 450000, "currency": "USD"}}
                    """,
            ItemKind.DEAL, """
                    {"base_version": 29, "stage": "negotiation"}
                    """,
            ItemKind.ACTIVITY, """
                    {"base_version": 40, "status": "in progress"}
                    """,
            ItemKind.RISK, """
                    {"base_version": 36, "likelihood": "medium",
                     "mitigation": "Private offer signed through the partner marketplace"}
                    """);

    private PlanCommandExamples() {
    }
}
