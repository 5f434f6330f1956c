package io.tandem.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves the plan to Tier 1, 2 or 3. The tier changes what is expected and exported, never what is kept. */
public record SetTier(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      Integer tier) implements PlanCommand {
}
