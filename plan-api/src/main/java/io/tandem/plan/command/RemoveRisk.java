package io.tandem.plan.command;

import io.tandem.plan.item.ItemKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RemoveRisk(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         String ref) implements RemoveItem {

    @Override
    public ItemKind kind() {
        return ItemKind.RISK;
    }
}
