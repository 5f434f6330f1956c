package io.tandem.plan.event;

import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.Section;

public record ValuePropositionSet(String planId, ValueProposition valueProposition) implements SectionReplaced {

    @Override
    public Section section() {
        return Section.VALUE_PROPOSITION;
    }

    @Override
    public ValueProposition content() {
        return valueProposition;
    }
}
