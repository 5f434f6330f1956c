package io.tandem.plan.event;

import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.value.Section;

public record ReviewCadenceSet(String planId, ReviewCadence reviewCadence) implements SectionReplaced {

    @Override
    public Section section() {
        return Section.REVIEW_CADENCE;
    }

    @Override
    public ReviewCadence content() {
        return reviewCadence;
    }
}
