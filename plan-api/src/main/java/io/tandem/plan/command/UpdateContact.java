package io.tandem.plan.command;

import io.tandem.plan.item.Contact;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateContact(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         Contact changes, List<String> cleared) implements UpdateItem {
}
