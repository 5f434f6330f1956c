package io.tandem.plan.event;

import io.tandem.plan.value.Section;

public record TierSet(String planId, int tier) implements PlanEvent {

    @Override
    public Section section() {
        return Section.PLAN;
    }
}
