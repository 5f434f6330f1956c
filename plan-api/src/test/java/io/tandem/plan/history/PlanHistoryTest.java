package io.tandem.plan.history;

import static io.tandem.plan.state.PlanEvents.OWNER;
import static io.tandem.plan.state.PlanEvents.PARTNER;
import static io.tandem.plan.state.PlanEvents.PLAN;
import static io.tandem.plan.state.PlanEvents.context;
import static io.tandem.plan.state.PlanEvents.created;
import static io.tandem.plan.state.PlanEvents.deal;
import static io.tandem.plan.state.PlanEvents.fold;
import static io.tandem.plan.state.PlanEvents.risk;
import static io.tandem.plan.state.PlanEvents.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.Target;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanHistoryTest {

    @Test
    void describesAnUpdateFieldByField() {
        PlanState before = fold(OWNER, created(), new DealAdded(PLAN, deal("d1", DealStage.PROPOSAL), null));

        PlanChange change = PlanChanges.describe(before,
                new DealUpdated(PLAN, deal("d1", DealStage.NEGOTIATION), List.of("stage")), context(2, PARTNER));

        assertThat(change.action()).isEqualTo(ChangeAction.UPDATED);
        assertThat(change.section()).isEqualTo(Section.PIPELINE);
        assertThat(change.collection()).isEqualTo("deals");
        assertThat(change.ref()).isEqualTo("d1");
        assertThat(change.organization()).isEqualTo(PARTNER);
        assertThat(change.fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo("stage");
            assertThat(field.before().asText()).isEqualTo("proposal");
            assertThat(field.after().asText()).isEqualTo("negotiation");
        });
    }

    @Test
    void describesATargetRevisionFromTheOldValue() {
        PlanState before = fold(OWNER, created(), new TargetSet(PLAN, new Target("FY2026-H2", usd(900000), usd(10))));

        PlanChange change = PlanChanges.describe(before,
                new TargetSet(PLAN, new Target("FY2026-H2", usd(1100000), usd(10))), context(2, PARTNER));

        assertThat(change.action()).isEqualTo(ChangeAction.UPDATED);
        assertThat(change.ref()).isEqualTo("FY2026-H2");
        assertThat(change.fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo("revenue_target");
            assertThat(field.before().get("amount").decimalValue()).isEqualByComparingTo("900000");
            assertThat(field.after().get("amount").decimalValue()).isEqualByComparingTo("1100000");
        });
    }

    @Test
    void targetRemovalListsOnlyAmounts() {
        PlanState before = fold(OWNER, created(), new TargetSet(PLAN, new Target("FY2026-H2", usd(900000), usd(10))));

        PlanChange change = PlanChanges.describe(before, new io.tandem.plan.event.TargetRemoved(PLAN, "FY2026-H2"),
                context(2, OWNER));

        assertThat(change.action()).isEqualTo(ChangeAction.REMOVED);
        assertThat(change.ref()).isEqualTo("FY2026-H2");
        assertThat(change.fields()).extracting(FieldChange::field)
                .containsExactly("revenue_target", "pipeline_target");
    }

    @Test
    void internalChangesNameTheirOrganization() {
        PlanState before = fold(OWNER, created(), new RiskAdded(PLAN, risk("r2"), OWNER));

        PlanChange added = PlanChanges.describe(fold(OWNER, created()), new RiskAdded(PLAN, risk("r2"), OWNER),
                context(1, OWNER));
        PlanChange removed = PlanChanges.describe(before, new io.tandem.plan.event.RiskRemoved(PLAN, "r2"),
                context(2, OWNER));

        assertThat(added.internalTo()).isEqualTo(OWNER);
        assertThat(added.isVisibleTo(PARTNER)).isFalse();
        assertThat(removed.internalTo()).isEqualTo(OWNER);
        assertThat(removed.fields()).allSatisfy(field -> assertThat(field.after()).isNull());
    }

    @Test
    void diffGroupsItemsBySection() {
        PlanState from = fold(OWNER, created(),
                new DealAdded(PLAN, deal("d1", DealStage.PROPOSAL), null),
                new DealAdded(PLAN, deal("d2", DealStage.PROPOSAL), null));
        PlanState to = from.copy()
                .apply(new DealUpdated(PLAN, deal("d1", DealStage.CLOSED_WON), List.of("stage")), context(3, OWNER))
                .apply(new DealRemoved(PLAN, "d2"), context(4, OWNER))
                .apply(new DealAdded(PLAN, deal("d3", DealStage.DISCOVERY), null), context(5, OWNER))
                .apply(new TierSet(PLAN, 2), context(6, OWNER))
                .apply(new ReviewRecorded(PLAN, "QBR", null), context(7, OWNER));

        var diff = PlanDiff.between(from, to);

        assertThat(diff).extracting(PlanDiff.SectionDiff::section).containsExactly(Section.PLAN, Section.PIPELINE);
        var pipeline = diff.get(1);
        assertThat(pipeline.added()).extracting(PlanDiff.ItemEntry::ref).containsExactly("d3");
        assertThat(pipeline.removed()).extracting(PlanDiff.ItemEntry::ref).containsExactly("d2");
        assertThat(pipeline.changed()).singleElement().satisfies(change -> {
            assertThat(change.ref()).isEqualTo("d1");
            assertThat(change.fields()).extracting(FieldChange::field).containsExactly("stage");
        });
        var plan = diff.get(0);
        assertThat(plan.fields()).extracting(FieldChange::field).containsExactly("tier");
        assertThat(plan.added()).extracting(PlanDiff.ItemEntry::ref).containsExactly("QBR");
    }

    @Test
    void diffOfAStateWithItselfIsEmpty() {
        PlanState state = fold(OWNER, created(), new DealAdded(PLAN, deal("d1", DealStage.PROPOSAL), null));

        assertThat(PlanDiff.between(state, state.copy())).isEmpty();
    }

    @Test
    void diffHidesOtherInternalItems() {
        PlanState from = fold(OWNER, created());
        PlanState to = from.copy().apply(new RiskAdded(PLAN, risk("r3"), PARTNER), context(1, PARTNER));

        assertThat(PlanDiff.between(from.visibleTo(OWNER), to.visibleTo(OWNER))).isEmpty();
        assertThat(PlanDiff.between(from.visibleTo(PARTNER), to.visibleTo(PARTNER))).hasSize(1);
    }
}
