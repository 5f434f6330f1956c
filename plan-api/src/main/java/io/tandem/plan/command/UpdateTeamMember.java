package io.tandem.plan.command;

import io.tandem.plan.item.TeamMember;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateTeamMember(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         TeamMember changes, List<String> cleared) implements UpdateItem {
}
