package io.tandem.plan.command;

import io.tandem.plan.item.Milestone;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateMilestone(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         Milestone changes, List<String> cleared) implements UpdateItem {
}
