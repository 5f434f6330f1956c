package io.tandem.plan.command;

import io.tandem.plan.item.ItemKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RemoveTarget(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                           String period) implements RemoveItem {

    @Override
    public ItemKind kind() {
        return ItemKind.TARGET;
    }

    @Override
    public String ref() {
        return period;
    }
}
