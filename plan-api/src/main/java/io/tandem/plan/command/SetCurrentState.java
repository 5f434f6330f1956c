package io.tandem.plan.command;

import io.tandem.plan.section.CurrentState;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SetCurrentState(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      CurrentState currentState) implements PlanCommand {
}
