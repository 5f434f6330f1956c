package io.tandem.plan.event;

import io.tandem.plan.item.Milestone;
import java.util.List;

public record MilestoneUpdated(String planId, Milestone milestone, List<String> changedFields) implements ItemUpdated {

    @Override
    public Milestone item() {
        return milestone;
    }
}
