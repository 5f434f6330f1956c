package io.tandem.plan.state;

import static io.tandem.plan.state.PlanEvents.PLAN;
import static io.tandem.plan.state.PlanEvents.deal;
import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.value.DealStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootprintTest {

    @Test
    void updateTouchesOnlyItsChangedFields() {
        var keys = Footprint.of(new DealUpdated(PLAN, deal("d1", DealStage.NEGOTIATION), List.of("stage")));

        assertThat(keys).containsExactly("deals/d1/stage");
        assertThat(Footprint.firstOverlap(List.of("deals/d1/stage"), keys)).isEqualTo("deals/d1/stage");
        assertThat(Footprint.firstOverlap(List.of("deals/d1/amount"), keys)).isNull();
        assertThat(Footprint.firstOverlap(List.of("deals/d2/stage"), keys)).isNull();
    }

    @Test
    void wholeItemOverlapsEachOfItsFields() {
        var added = Footprint.of(new DealAdded(PLAN, deal("d1", DealStage.PROPOSAL), null));

        assertThat(Footprint.firstOverlap(List.of("deals/d1/stage"), added)).isEqualTo("deals/d1/stage");
        assertThat(Footprint.firstOverlap(List.of(Footprint.item(ItemKind.DEAL, "d10")), added)).isNull();
    }

    @Test
    void tierAndReviewsHaveKeysOfTheirOwn() {
        assertThat(Footprint.of(new TierSet(PLAN, 2))).containsExactly("tier");
        assertThat(Footprint.of(new ReviewRecorded(PLAN, "FY2026 Q3 QBR", null)))
                .containsExactly("reviews/fy2026 q3 qbr");
    }
}
