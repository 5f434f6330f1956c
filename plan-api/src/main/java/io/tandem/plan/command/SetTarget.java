package io.tandem.plan.command;

import io.tandem.plan.item.Target;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the revenue and pipeline target of one period, replacing that period's earlier target. */
public record SetTarget(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                        Target target) implements PlanCommand {
}
