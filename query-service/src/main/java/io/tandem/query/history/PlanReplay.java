package io.tandem.query.history;

import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.PlanProjection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a plan exactly as it stood at a version: from the latest checkpoint at or below that
 * version (or from nothing), folding the stored events after it with {@link PlanState#apply}, the
 * fold the projection uses. It never reads plan_view, which has moved on since.
 */
@Component
public class PlanReplay {

    private final CheckpointRepository checkpoints;
    private final EventStorageEngine events;

    public PlanReplay(CheckpointRepository checkpoints, EventStorageEngine events) {
        this.checkpoints = checkpoints;
        this.events = events;
    }

    /** Returns the plan with every organization's items, right after the event of {@code version}. */
    public PlanState stateAt(String planId, long version) {
        PlanState state = checkpoints.latestAtOrBelow(planId, version).orElseGet(PlanState::new);
        if (state.version() < version) {
            fold(state, planId, version);
        }
        return state;
    }

    private void fold(PlanState state, String planId, long version) {
        // The engine reads in batches and lazily, so stopping at the version reads at most one batch more.
        DomainEventStream stream = events.readEvents(planId, state.version() + 1);
        while (stream.hasNext() && state.version() < version) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() != state.version() + 1) {
                throw new IllegalStateException("Plan " + planId + ": stored event " + event.getSequenceNumber()
                        + " does not follow version " + state.version());
            }
            state.apply((PlanEvent) event.getPayload(), PlanProjection.context(event.getSequenceNumber(),
                    event.getTimestamp(), event.getMetaData()));
        }
        if (state.version() != version) {
            throw new IllegalStateException("Plan " + planId + ": the event store ends at version "
                    + state.version() + ", before version " + version);
        }
    }
}
