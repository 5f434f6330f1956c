package io.tandem.plan.command;

import io.tandem.plan.item.Activity;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateActivity(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                         Activity changes, List<String> cleared) implements UpdateItem {
}
