package io.tandem.plan.command;

import io.tandem.plan.item.Risk;
import io.tandem.plan.value.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddRisk(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      Risk risk, Visibility visibility) implements AddItem {

    @Override
    public Risk item() {
        return risk;
    }
}
