package io.tandem.plan.command;

import io.tandem.plan.section.AccountOverview;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SetAccountOverview(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      AccountOverview accountOverview) implements PlanCommand {
}
