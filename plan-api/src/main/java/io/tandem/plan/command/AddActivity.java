package io.tandem.plan.command;

import io.tandem.plan.item.Activity;
import io.tandem.plan.value.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddActivity(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      Activity activity, Visibility visibility) implements AddItem {

    @Override
    public Activity item() {
        return activity;
    }
}
