package io.tandem.plan.event;

import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.PlanItem;

/**
 * An item was added. {@code internalTo} names the only organization that may see the item, or is
 * null when both organizations share it.
 */
public sealed interface ItemAdded extends ItemEvent
        permits TeamMemberAdded, ContactAdded, MilestoneAdded, WhitespaceAdded, DealAdded, ActivityAdded,
        RiskAdded {

    PlanItem item();

    String internalTo();

    @Override
    default ItemKind kind() {
        return ItemKind.of(item());
    }

    @Override
    default String ref() {
        return item().ref();
    }
}
