package io.tandem.plan.event;

import io.tandem.plan.section.CurrentState;
import io.tandem.plan.value.Section;

public record CurrentStateSet(String planId, CurrentState currentState) implements SectionReplaced {

    @Override
    public Section section() {
        return Section.CURRENT_STATE;
    }

    @Override
    public CurrentState content() {
        return currentState;
    }
}
