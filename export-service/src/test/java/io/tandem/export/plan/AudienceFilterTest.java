package io.tandem.export.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.export.support.KestrelViews;
import org.junit.jupiter.api.Test;

class AudienceFilterTest {

    @Test
    void partnerAudienceDropsEveryInternalItem() {
        PlanView view = KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3);

        PlanView partner = AudienceFilter.apply(view, Audience.PARTNER);

        assertThat(partner.hasInternalItems()).isFalse();
        assertThat(partner.contacts()).extracting(listed -> listed.item().ref()).containsExactly("c1", "c2", "c3");
        assertThat(partner.risks()).extracting(listed -> listed.item().ref()).containsExactly("r1");
        assertThat(partner.deals()).hasSameSizeAs(view.deals());
        assertThat(partner.accountOverview()).isEqualTo(view.accountOverview());
    }

    @Test
    void ownAudienceKeepsInternalItems() {
        PlanView view = KestrelViews.view(KestrelViews.PRIYA, KestrelViews.Q3);

        PlanView own = AudienceFilter.apply(view, Audience.OWN);

        assertThat(own).isSameAs(view);
        assertThat(own.risks()).extracting(listed -> listed.item().ref()).containsExactly("r1", "r3");
    }

    @Test
    void partnerAudienceClearsReportsToHiddenContact() {
        PlanView view = PlanViewReader.read("""
                {"plan_id": "p1", "version": 2, "owner_org": "a", "partner_org": "b", "tier": 1,
                 "contacts": [
                   {"ref": "boss", "name": "Hidden Boss", "visibility": "internal"},
                   {"ref": "c2", "name": "Visible", "reports_to": "boss", "visibility": "shared"}]}
                """);

        PlanView partner = AudienceFilter.apply(view, Audience.PARTNER);

        assertThat(partner.contacts()).hasSize(1);
        assertThat(partner.contacts().get(0).item().reportsTo()).isNull();
        assertThat(partner.contacts().get(0).item().name()).isEqualTo("Visible");
    }
}
