package io.tandem.plan.command;

import io.tandem.plan.item.Whitespace;
import io.tandem.plan.value.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddWhitespace(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      Whitespace whitespace, Visibility visibility) implements AddItem {

    @Override
    public Whitespace item() {
        return whitespace;
    }
}
