package io.tandem.export.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.export.support.KestrelViews;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Risk;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanViewReaderTest {

    @Test
    void readsViewAtReview() {
        PlanView view = KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3);

        assertThat(view.tier()).isEqualTo(1);
        assertThat(view.account()).isEqualTo("Kestrel Logistics Group");
        assertThat(view.organizationName("meridian")).isEqualTo("Meridian Cloud");
        assertThat(view.asOf().review()).isEqualTo("FY2026 Q3 QBR");
        assertThat(view.asOf().version()).isEqualTo(view.version());
        assertThat(view.deals()).extracting(deal -> deal.item().stage())
                .containsExactly(DealStage.NEGOTIATION, DealStage.PROPOSAL, DealStage.QUALIFICATION);
        assertThat(view.targets().get(0).item().revenueTarget().amount())
                .isEqualByComparingTo(new BigDecimal("1100000"));
    }

    @Test
    void readsVisibilityOfEachItem() {
        PlanView view = KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3);

        assertThat(view.contacts()).filteredOn(Listed::internal).extracting(listed -> listed.item().ref())
                .containsExactly("c4");
        assertThat(view.risks()).filteredOn(Listed::internal).extracting(listed -> listed.item().ref())
                .containsExactly("r2");
        assertThat(view.hasInternalItems()).isTrue();
        Contact colin = view.contacts().get(3).item();
        assertThat(colin.reportsTo()).isEqualTo("c1");
        Risk procurement = view.risks().get(0).item();
        assertThat(procurement.likelihood()).isEqualTo(Level.HIGH);
    }

    @Test
    void currentViewHasNoAsOf() {
        PlanView view = KestrelViews.view(KestrelViews.PRIYA, KestrelViews.CURRENT);

        assertThat(view.asOf()).isNull();
        assertThat(view.tier()).isEqualTo(2);
        assertThat(view.risks()).extracting(listed -> listed.item().ref()).containsExactly("r1", "r3");
    }

    @Test
    void rejectsViewWithoutPlanId() {
        assertThatThrownBy(() -> PlanViewReader.read("{\"version\": 3}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan_id");
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        PlanView view = PlanViewReader.read("""
                {"plan_id": "p1", "version": 0, "owner_org": "a", "partner_org": "b", "tier": 3,
                 "something_new": {"x": 1}, "deals": [{"ref": "d1", "name": "D", "visibility": "shared", "extra": 1}]}
                """);

        assertThat(view.deals()).hasSize(1);
        assertThat(view.accountOverview()).isNull();
        assertThat(view.reviews()).isEmpty();
    }
}
