package io.tandem.plan.command;

import io.tandem.plan.item.Milestone;
import io.tandem.plan.value.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddMilestone(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      Milestone milestone, Visibility visibility) implements AddItem {

    @Override
    public Milestone item() {
        return milestone;
    }
}
