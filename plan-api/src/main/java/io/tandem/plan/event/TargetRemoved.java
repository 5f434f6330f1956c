package io.tandem.plan.event;

import io.tandem.plan.item.ItemKind;

public record TargetRemoved(String planId, String period) implements ItemRemoved {

    @Override
    public ItemKind kind() {
        return ItemKind.TARGET;
    }

    @Override
    public String ref() {
        return period;
    }
}
