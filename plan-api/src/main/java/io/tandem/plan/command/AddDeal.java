package io.tandem.plan.command;

import io.tandem.plan.item.Deal;
import io.tandem.plan.value.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddDeal(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      Deal deal, Visibility visibility) implements AddItem {

    @Override
    public Deal item() {
        return deal;
    }
}
