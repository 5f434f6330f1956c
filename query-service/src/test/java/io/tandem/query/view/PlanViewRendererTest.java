package io.tandem.query.view;

import static io.tandem.query.support.PlanTimeline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TeamMemberAdded;
import io.tandem.plan.event.ValuePropositionSet;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.state.EventContext;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.query.support.PlanTimeline;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class PlanViewRendererTest {

    private static final ObjectMapper JSON = PlanJson.storageMapper();
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");

    private final PlanViewRenderer renderer = new PlanViewRenderer();

    @Test
    void rendersOwnerViewInTheReadFormat() throws Exception {
        PlanTimeline plan = smallPlan();

        JsonNode view = renderer.render(fold(plan.events()), "altura");

        String expected = """
                {"plan_id": "%s", "version": 7,
                 "owner_org": "altura", "owner_org_name": "altura Inc.",
                 "partner_org": "meridian", "partner_org_name": "meridian Ltd.",
                 "tier": 1, "currency": "USD",
                 "created_at": "2026-06-02T09:00:00Z", "created_by": "dana.ruiz",
                 "updated_at": "2026-06-02T09:07:00Z",
                 "account_overview": {"account": "Kestrel Logistics Group",
                   "industry": "Transportation and logistics", "size": "18,500 employees",
                   "arr_with_us": {"amount": 420000, "currency": "USD"},
                   "arr_with_partner": {"amount": 1850000, "currency": "USD"},
                   "strategic_importance": "Largest freight operator in the EMEA book"},
                 "value_proposition": {"combined_value": "Route analytics on Meridian Cloud",
                   "customer_outcomes": ["Cut empty miles below 10%%"],
                   "differentiators": ["Certified logistics connector"]},
                 "team_members": [{"ref": "Dana Ruiz", "side": "altura", "name": "Dana Ruiz",
                   "role": "Alliance manager", "accountable_for": "Plan owner", "visibility": "shared"}],
                 "contacts": [
                   {"ref": "c1", "name": "Aisha Karimi", "title": "CIO", "relationship_strength": "strong",
                    "role": "economic buyer", "visibility": "shared"},
                   {"ref": "c4", "name": "Colin Baptiste", "title": "Data Platform Lead", "reports_to": "c1",
                    "relationship_strength": "neutral", "role": "detractor",
                    "note": "Sponsors the incumbent vendor", "visibility": "internal"}],
                 "targets": [{"period": "FY2026-H2", "revenue_target": {"amount": 900000, "currency": "USD"},
                   "pipeline_target": {"amount": 2700000, "currency": "USD"}, "visibility": "shared"}],
                 "milestones": [], "whitespace": [], "deals": [], "activities": [], "risks": [],
                 "reviews": [{"name": "FY2026 Q3 QBR", "notes": "Targets raised", "version": 7,
                   "recorded_at": "2026-06-02T09:07:00Z", "recorded_by": "priya.natarajan"}]}
                """.formatted(plan.planId());
        assertThat(JSON.writeValueAsString(view)).isEqualTo(JSON.writeValueAsString(JSON.readTree(expected)));
    }

    @Test
    void partnerViewHasOnlyPartnersInternalItems() {
        JsonNode view = renderer.render(fold(smallPlan().events()), "meridian");

        assertThat(view.findValuesAsText("ref")).containsExactly("Dana Ruiz", "c1", "r3");
        assertThat(view.at("/contacts/0/visibility").asText()).isEqualTo("shared");
        assertThat(view.at("/risks/0/visibility").asText()).isEqualTo("internal");
    }

    @Test
    void leavesOutSectionsNeverSetAndInternalBookkeeping() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian", START);

        JsonNode view = renderer.render(fold(plan.events()), "altura");

        assertThat(view.has("value_proposition")).isFalse();
        assertThat(view.has("current_state")).isFalse();
        assertThat(view.has("review_cadence")).isFalse();
        assertThat(view.has("internal_items")).isFalse();
        assertThat(view.get("contacts").isArray()).isTrue();
        assertThat(view.get("contacts")).isEmpty();
    }

    private static PlanTimeline smallPlan() {
        return PlanTimeline.create("dana.ruiz", "altura", "meridian", START)
                .then(id -> new ValuePropositionSet(id, new ValueProposition("Route analytics on Meridian Cloud",
                        List.of("Cut empty miles below 10%"), List.of("Certified logistics connector"))))
                .then(id -> new TeamMemberAdded(id, new TeamMember("Dana Ruiz", "altura", "Dana Ruiz",
                        "Alliance manager", "Plan owner", null), null))
                .then(id -> new ContactAdded(id, new Contact("c1", "Aisha Karimi", "CIO", null,
                        RelationshipStrength.STRONG, "economic buyer", null), null))
                .then(id -> new ContactAdded(id, new Contact("c4", "Colin Baptiste", "Data Platform Lead", "c1",
                        RelationshipStrength.NEUTRAL, "detractor", "Sponsors the incumbent vendor"), "altura"))
                .then(id -> new TargetSet(id, new Target("FY2026-H2", usd(900000), usd(2700000))))
                .by("priya.natarajan", "meridian")
                .then(id -> new RiskAdded(id, new Risk("r3", "Quota relief ends in Q4", Level.MEDIUM, Level.MEDIUM,
                        "Lock deal registration before October", "Priya Natarajan"), "meridian"))
                .then(id -> new ReviewRecorded(id, "FY2026 Q3 QBR", "Targets raised"));
    }

    private static PlanState fold(List<DomainEventMessage<PlanEvent>> events) {
        PlanState state = new PlanState();
        for (DomainEventMessage<PlanEvent> event : events) {
            state.apply(event.getPayload(), new EventContext(event.getSequenceNumber(), event.getTimestamp(),
                    (String) event.getMetaData().get(PlanMetadata.USER_ID),
                    (String) event.getMetaData().get(PlanMetadata.USER_NAME),
                    (String) event.getMetaData().get(PlanMetadata.ORGANIZATION)));
        }
        return state;
    }
}
