package io.tandem.plan.command;

import io.tandem.plan.section.ReviewCadence;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SetReviewCadence(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      ReviewCadence reviewCadence) implements PlanCommand {
}
