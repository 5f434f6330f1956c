package io.tandem.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a review under a name that is unique within the plan, such as {@code FY2026 Q3 QBR}. */
public record RecordReview(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                           String name, String notes) implements PlanCommand {
}
