package io.tandem.plan.command;

import io.tandem.plan.item.TeamMember;
import io.tandem.plan.value.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddTeamMember(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      TeamMember member, Visibility visibility) implements AddItem {

    @Override
    public TeamMember item() {
        return member;
    }
}
