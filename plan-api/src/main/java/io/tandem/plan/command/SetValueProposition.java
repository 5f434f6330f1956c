package io.tandem.plan.command;

import io.tandem.plan.section.ValueProposition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SetValueProposition(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      ValueProposition valueProposition) implements PlanCommand {
}
