package io.tandem.plan.state;

import static io.tandem.plan.state.PlanEvents.deal;
import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Money;
import io.tandem.plan.value.RelationshipStrength;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemPatchTest {

    private static final Contact JONAS = new Contact("c2", "Jonas Weber", "VP Network Operations", "c1",
            RelationshipStrength.STRONG, "champion", "Met at the Rotterdam pilot");

    @Test
    void replacesOnlyTheNamedFields() {
        Contact changes = new Contact("c2", null, "COO", null, null, null, null);

        Contact patched = ItemPatch.apply(JONAS, changes, List.of());

        assertThat(patched).isEqualTo(new Contact("c2", "Jonas Weber", "COO", "c1", RelationshipStrength.STRONG,
                "champion", "Met at the Rotterdam pilot"));
        assertThat(ItemPatch.fieldsNamed(changes, List.of())).containsExactly("title");
    }

    @Test
    void clearsTheClearedFields() {
        Contact changes = new Contact("c2", null, null, null, null, null, null);

        Contact patched = ItemPatch.apply(JONAS, changes, List.of("reports_to", "note"));

        assertThat(patched.reportsTo()).isNull();
        assertThat(patched.note()).isNull();
        assertThat(patched.name()).isEqualTo("Jonas Weber");
        assertThat(ItemPatch.fieldsNamed(changes, List.of("reports_to", "note"))).containsExactly("reports_to", "note");
    }

    @Test
    void changedFieldsIgnoreTheScaleOfAmounts() {
        Deal before = deal("d1", DealStage.PROPOSAL);
        Deal after = new Deal("d1", before.name(), DealStage.NEGOTIATION, new Money(new BigDecimal("1000.00"), "USD"),
                before.creditedAmount(), before.partnerRole(), before.expectedClose());

        assertThat(ItemPatch.changedFields(before, after)).containsExactly("stage");
    }

    @Test
    void noChangeMeansNoChangedFields() {
        assertThat(ItemPatch.changedFields(JONAS, ItemPatch.apply(JONAS,
                new Contact("c2", "Jonas Weber", null, null, null, null, null), List.of()))).isEmpty();
    }
}
