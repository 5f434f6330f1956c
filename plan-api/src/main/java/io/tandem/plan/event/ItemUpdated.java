package io.tandem.plan.event;

import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.PlanItem;
import java.util.List;

/** An item changed: {@code item} is the whole item after the change, {@code changedFields} its changed JSON fields. */
public sealed interface ItemUpdated extends ItemEvent
        permits TeamMemberUpdated, ContactUpdated, MilestoneUpdated, WhitespaceUpdated, DealUpdated,
        ActivityUpdated, RiskUpdated {

    PlanItem item();

    List<String> changedFields();

    @Override
    default ItemKind kind() {
        return ItemKind.of(item());
    }

    @Override
    default String ref() {
        return item().ref();
    }
}
