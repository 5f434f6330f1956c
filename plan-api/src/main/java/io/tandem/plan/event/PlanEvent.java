package io.tandem.plan.event;

import io.tandem.plan.value.Section;

/** An event of one account plan. Who caused it is in the event's metadata, not in the payload. */
public interface PlanEvent {

    String planId();

    /** The section this event changes, for history and live frames. */
    Section section();
}
