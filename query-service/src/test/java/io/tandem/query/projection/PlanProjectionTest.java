package io.tandem.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactRemoved;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.TeamMemberAdded;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryDatabase;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The projection handler called directly with events, against a real PostgreSQL database. */
class PlanProjectionTest {

    private static final String OWNER = "altura";
    private static final String PARTNER = "meridian";
    private static final Instant START = Instant.parse("2026-06-02T09:00:00Z");

    private static DataSource dataSource;

    private PlanViewRepository plans;
    private PlanProjection projection;

    @BeforeAll
    static void createDatabase() {
        dataSource = new QueryDatabase().migrated();
    }

    @BeforeEach
    void createProjection() {
        plans = new PlanViewRepository(new JdbcTemplate(dataSource));
        projection = new PlanProjection(plans, java.util.List.of());
    }

    @Test
    void createsPlanFromPlanCreated() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START);

        project(plan.events());

        PlanState state = stored(plan);
        assertThat(state.version()).isZero();
        assertThat(state.ownerOrg()).isEqualTo(OWNER);
        assertThat(state.partnerOrg()).isEqualTo(PARTNER);
        assertThat(state.createdBy()).isEqualTo("dana.ruiz");
        assertThat(state.createdAt()).isEqualTo(START);
        assertThat(state.updatedAt()).isEqualTo(START);
    }

    @Test
    void addsUpdatesAndRemovesItems() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new ContactAdded(id, contact("c1", "CIO"), null))
                .then(id -> new ContactAdded(id, contact("c2", "VP Network Operations"), null))
                .then(id -> new ContactUpdated(id, contact("c1", "Chief Digital Officer"), List.of("title")))
                .then(id -> new ContactRemoved(id, "c2"));

        project(plan.events());

        PlanState state = stored(plan);
        assertThat(state.version()).isEqualTo(4);
        assertThat(state.items(ItemKind.CONTACT)).containsOnlyKeys("c1");
        assertThat(((Contact) state.items(ItemKind.CONTACT).get("c1")).title()).isEqualTo("Chief Digital Officer");
        assertThat(state.updatedAt()).isEqualTo(START.plusSeconds(4 * 60));
    }

    @Test
    void keepsItemsInTheOrderTheyWereAdded() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new TeamMemberAdded(id, member("Sam Okafor"), null))
                .then(id -> new TeamMemberAdded(id, member("Dana Ruiz"), null))
                .then(id -> new TeamMemberAdded(id, member("Lena Brandt"), null))
                .then(id -> new ContactAdded(id, contact("c2", "VP"), null))
                .then(id -> new ContactAdded(id, contact("c10", "CFO"), null))
                .then(id -> new ContactAdded(id, contact("c1", "CIO"), null));

        project(plan.events());

        PlanState state = stored(plan);
        assertThat(state.items(ItemKind.TEAM_MEMBER).keySet())
                .containsExactly("Sam Okafor", "Dana Ruiz", "Lena Brandt");
        assertThat(state.items(ItemKind.CONTACT).keySet()).containsExactly("c2", "c10", "c1");
    }

    @Test
    void storesWhichOrganizationAnInternalItemBelongsTo() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new ContactAdded(id, contact("c4", "Data Platform Lead"), OWNER))
                .by("priya.natarajan", PARTNER)
                .then(id -> new RiskAdded(id, new Risk("r1", "Procurement delays", Level.HIGH, Level.MEDIUM,
                        "Pre-approve the marketplace listing", "Priya Natarajan"), PARTNER));

        project(plan.events());

        PlanState state = stored(plan);
        assertThat(state.internalTo(ItemKind.CONTACT, "c4")).isEqualTo(OWNER);
        assertThat(state.internalTo(ItemKind.RISK, "r1")).isEqualTo(PARTNER);
        assertThat(state.visibleTo(OWNER).items(ItemKind.RISK)).isEmpty();
        assertThat(state.visibleTo(PARTNER).items(ItemKind.CONTACT)).isEmpty();
    }

    @Test
    void takesAuthorAndTimeFromMetadataAndTimestamp() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .by("priya.natarajan", PARTNER)
                .then(id -> new ReviewRecorded(id, "FY2026 Q3 QBR", "Pipeline reviewed"));

        project(plan.events());

        var review = stored(plan).reviews().get(0);
        assertThat(review.recordedBy()).isEqualTo("priya.natarajan");
        assertThat(review.recordedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(review.version()).isEqualTo(1);
    }

    @Test
    void skipsRedeliveredEvents() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new ContactAdded(id, contact("c1", "CIO"), null))
                .then(id -> new ReviewRecorded(id, "FY2026 Q3 QBR", null))
                .then(id -> new ContactRemoved(id, "c1"));
        project(plan.events());
        String before = storedJson(plan);

        project(plan.events());
        project(plan.events().subList(1, 3));

        PlanState state = stored(plan);
        assertThat(state.version()).isEqualTo(3);
        assertThat(state.items(ItemKind.CONTACT)).isEmpty();
        assertThat(state.reviews()).hasSize(1);
        assertThat(storedJson(plan)).isEqualTo(before);
    }

    @Test
    void rejectsEventThatSkipsAVersion() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new TierSet(id, 2))
                .then(id -> new TierSet(id, 3));
        project(plan.events().subList(0, 1));

        assertThatThrownBy(() -> project(plan.events().subList(2, 3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(plan.planId())
                .hasMessageContaining("does not follow the stored version 0");
        assertThat(stored(plan).version()).isZero();
    }

    @Test
    void rejectsEditOfPlanThatWasNeverCreated() {
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", OWNER, PARTNER, START)
                .then(id -> new TierSet(id, 2));

        assertThatThrownBy(() -> project(plan.events().subList(1, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not follow the stored version -1");
        assertThat(plans.find(plan.planId())).isEmpty();
    }

    private void project(List<DomainEventMessage<PlanEvent>> events) {
        for (DomainEventMessage<PlanEvent> event : events) {
            projection.on(event.getPayload(), event.getSequenceNumber(), event.getTimestamp(), event.getMetaData());
        }
    }

    private PlanState stored(PlanTimeline plan) {
        return plans.find(plan.planId()).orElseThrow();
    }

    private String storedJson(PlanTimeline plan) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT state FROM plan_view WHERE plan_id = ?",
                String.class, plan.planId());
    }

    private static Contact contact(String ref, String title) {
        return new Contact(ref, "Contact " + ref, title, null, RelationshipStrength.NEUTRAL, null, null);
    }

    private static TeamMember member(String name) {
        return new TeamMember(name, OWNER, name, "Account team", null, null);
    }
}
