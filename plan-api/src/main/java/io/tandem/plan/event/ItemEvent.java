package io.tandem.plan.event;

import io.tandem.plan.item.ItemKind;
import io.tandem.plan.value.Section;

/** An event that adds, changes or removes one list item. */
public sealed interface ItemEvent extends PlanEvent permits ItemAdded, ItemUpdated, ItemRemoved {

    ItemKind kind();

    String ref();

    @Override
    default Section section() {
        return kind().section();
    }
}
