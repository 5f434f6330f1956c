package io.tandem.plan.event;

import io.tandem.plan.item.Target;
import io.tandem.plan.value.Section;

/** The target of one period was set, replacing any earlier target of that period. */
public record TargetSet(String planId, Target target) implements PlanEvent {

    @Override
    public Section section() {
        return Section.TARGETS_AND_MILESTONES;
    }
}
