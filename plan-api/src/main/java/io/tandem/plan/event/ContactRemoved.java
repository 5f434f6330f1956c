package io.tandem.plan.event;

import io.tandem.plan.item.ItemKind;

public record ContactRemoved(String planId, String ref) implements ItemRemoved {

    @Override
    public ItemKind kind() {
        return ItemKind.CONTACT;
    }
}
