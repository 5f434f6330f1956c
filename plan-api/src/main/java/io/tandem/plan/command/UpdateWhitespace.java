package io.tandem.plan.command;

import io.tandem.plan.item.Whitespace;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateWhitespace(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         Whitespace changes, List<String> cleared) implements UpdateItem {
}
