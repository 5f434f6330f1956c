package io.tandem.plan.state;

import static io.tandem.plan.state.PlanEvents.OWNER;
import static io.tandem.plan.state.PlanEvents.PARTNER;
import static io.tandem.plan.state.PlanEvents.PLAN;
import static io.tandem.plan.state.PlanEvents.created;
import static io.tandem.plan.state.PlanEvents.deal;
import static io.tandem.plan.state.PlanEvents.fold;
import static io.tandem.plan.state.PlanEvents.risk;
import static io.tandem.plan.state.PlanEvents.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.TargetRemoved;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.Target;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.value.DealStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanStateTest {

    private final ObjectMapper json = PlanJson.storageMapper();

    @Test
    void foldsCreationAndVersion() {
        PlanState state = fold(OWNER, created(), new TierSet(PLAN, 2));

        assertThat(state.planId()).isEqualTo(PLAN);
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.tier()).isEqualTo(2);
        assertThat(state.createdBy()).isEqualTo("altura.user");
        assertThat(state.isMember(OWNER)).isTrue();
        assertThat(state.isMember(PARTNER)).isTrue();
        assertThat(state.isMember("outsider")).isFalse();
        assertThat(state.isMember(null)).isFalse();
    }

    @Test
    void keepsItemsInTheOrderAdded() {
        PlanState state = fold(OWNER, created(),
                new DealAdded(PLAN, deal("d2", DealStage.PROPOSAL), null),
                new DealAdded(PLAN, deal("d1", DealStage.DISCOVERY), null),
                new DealUpdated(PLAN, deal("d2", DealStage.NEGOTIATION), List.of("stage")));

        assertThat(state.items(ItemKind.DEAL).keySet()).containsExactly("d2", "d1");
        assertThat(state.item(ItemKind.DEAL, "d2")).contains(deal("d2", DealStage.NEGOTIATION));
    }

    @Test
    void removesItemsAndTheirVisibility() {
        PlanState state = fold(OWNER, created(),
                new RiskAdded(PLAN, risk("r2"), OWNER),
                new io.tandem.plan.event.RiskRemoved(PLAN, "r2"));

        assertThat(state.items(ItemKind.RISK)).isEmpty();
        assertThat(state.internalItems()).isEmpty();
    }

    @Test
    void setsAndRemovesTargetsPerPeriod() {
        Target first = new Target("FY2026-H2", usd(900000), usd(2700000));
        Target raised = new Target("FY2026-H2", usd(1100000), usd(3000000));
        PlanState state = fold(OWNER, created(), new TargetSet(PLAN, first), new TargetSet(PLAN, raised));

        assertThat(state.items(ItemKind.TARGET)).containsOnlyKeys("FY2026-H2");
        assertThat(state.item(ItemKind.TARGET, "FY2026-H2")).contains(raised);

        state.apply(new TargetRemoved(PLAN, "FY2026-H2"), PlanEvents.context(3, OWNER));
        assertThat(state.items(ItemKind.TARGET)).isEmpty();
    }

    @Test
    void hidesInternalItemsFromTheOtherOrganization() {
        PlanState state = fold(OWNER, created(),
                new RiskAdded(PLAN, risk("r1"), null),
                new RiskAdded(PLAN, risk("r2"), OWNER),
                new RiskAdded(PLAN, risk("r3"), PARTNER));

        assertThat(state.visibleTo(OWNER).items(ItemKind.RISK).keySet()).containsExactly("r1", "r2");
        assertThat(state.visibleTo(PARTNER).items(ItemKind.RISK).keySet()).containsExactly("r1", "r3");
        assertThat(state.visibleTo(PARTNER).internalItems()).containsOnlyKeys("risks/r3");
        assertThat(state.items(ItemKind.RISK)).hasSize(3);
    }

    @Test
    void recordsReviewsWithTheirVersion() {
        PlanState state = fold(OWNER, created(), new ReviewRecorded(PLAN, "FY2026 Q3 QBR", "Targets raised"));

        assertThat(state.review("fy2026 q3 qbr")).hasValueSatisfying(review -> {
            assertThat(review.version()).isEqualTo(1);
            assertThat(review.recordedBy()).isEqualTo("altura.user");
        });
    }

    @Test
    void survivesAJsonRoundTrip() throws Exception {
        PlanState state = fold(OWNER, created(),
                new DealAdded(PLAN, deal("d1", DealStage.PROPOSAL), null),
                new RiskAdded(PLAN, risk("r2"), OWNER),
                new TargetSet(PLAN, new Target("FY2026-H2", usd(900000), null)),
                new ReviewRecorded(PLAN, "QBR", null));

        String written = json.writeValueAsString(state);
        PlanState read = json.readValue(written, PlanState.class);

        assertThat(json.writeValueAsString(read)).isEqualTo(written);
        assertThat(read.item(ItemKind.DEAL, "d1")).isEqualTo(state.item(ItemKind.DEAL, "d1"));
        assertThat(read.internalTo(ItemKind.RISK, "r2")).isEqualTo(OWNER);
    }

    @Test
    void copyDoesNotShareCollections() {
        PlanState state = fold(OWNER, created(), new DealAdded(PLAN, deal("d1", DealStage.PROPOSAL), null));
        PlanState copy = state.copy();

        copy.apply(new DealRemoved(PLAN, "d1"), PlanEvents.context(2, OWNER));

        assertThat(state.items(ItemKind.DEAL)).containsOnlyKeys("d1");
        assertThat(copy.items(ItemKind.DEAL)).isEmpty();
    }

    @Test
    void rejectsUnknownEvents() {
        PlanEvent unknown = new PlanEvent() {
            @Override
            public String planId() {
                return PLAN;
            }

            @Override
            public io.tandem.plan.value.Section section() {
                return io.tandem.plan.value.Section.PLAN;
            }
        };

        assertThatThrownBy(() -> new PlanState().apply(unknown, PlanEvents.context(0, OWNER)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
