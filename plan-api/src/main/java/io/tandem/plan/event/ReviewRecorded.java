package io.tandem.plan.event;

import io.tandem.plan.value.Section;

/** A review (such as a QBR) was recorded: the plan as it is now is kept under that name. */
public record ReviewRecorded(String planId, String name, String notes) implements PlanEvent {

    @Override
    public Section section() {
        return Section.PLAN;
    }
}
