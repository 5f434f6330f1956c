package io.tandem.plan.command;

import io.tandem.plan.item.Deal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateDeal(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         Deal changes, List<String> cleared) implements UpdateItem {
}
