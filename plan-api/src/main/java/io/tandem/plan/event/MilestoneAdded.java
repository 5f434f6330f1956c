package io.tandem.plan.event;

import io.tandem.plan.item.Milestone;

public record MilestoneAdded(String planId, Milestone milestone, String internalTo) implements ItemAdded {

    @Override
    public Milestone item() {
        return milestone;
    }
}
