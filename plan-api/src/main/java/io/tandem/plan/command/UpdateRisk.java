package io.tandem.plan.command;

import io.tandem.plan.item.Risk;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateRisk(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         Risk changes, List<String> cleared) implements UpdateItem {
}
