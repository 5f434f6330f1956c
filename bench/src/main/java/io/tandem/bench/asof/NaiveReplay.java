package io.tandem.bench.asof;

import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.state.EventContext;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.state.PlanState;
import java.time.Instant;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/**
 * As-of without checkpoints: reads the plan's events from version 0 on every call and folds them
 * with {@link PlanState#apply} up to the point. It is the baseline the checkpointed path is
 * measured against, and the reference its results are checked against.
 */
final class NaiveReplay {

    private final BenchEventStore events;
    private final String planId;

    NaiveReplay(BenchEventStore events, String planId) {
        this.events = events;
        this.planId = planId;
    }

    /** Returns the plan after the last event at or before the instant. */
    PlanState atInstant(Instant at) {
        return foldWhile(event -> !event.getTimestamp().isAfter(at), state -> false);
    }

    /** Returns the plan right after the review of that name was recorded. */
    PlanState atReview(String name) {
        return foldWhile(event -> true, state -> state.review(name).isPresent());
    }

    /** Returns the plan right after each of two reviews, from one pass over the events. */
    PlanState[] atReviews(String first, String second) {
        PlanState[] states = new PlanState[2];
        foldWhile(event -> true, state -> {
            if (states[0] == null && state.review(first).isPresent()) {
                states[0] = state.copy();
            }
            if (states[1] == null && state.review(second).isPresent()) {
                states[1] = state.copy();
            }
            return states[0] != null && states[1] != null;
        });
        return states;
    }

    /** Returns the plan right after the event of that version. */
    PlanState atVersion(long version) {
        return foldWhile(event -> event.getSequenceNumber() <= version, state -> false);
    }

    private PlanState foldWhile(Predicate<DomainEventMessage<?>> next, Predicate<PlanState> done) {
        PlanState state = new PlanState();
        DomainEventStream stream = events.read(planId);
        // Tests done before reading on, so that done also receives the state after the last event.
        while (!done.test(state) && stream.hasNext()) {
            DomainEventMessage<?> event = stream.peek();
            if (!next.test(event)) {
                break;
            }
            stream.next();
            state.apply((PlanEvent) event.getPayload(), context(event));
        }
        return state;
    }

    private static EventContext context(DomainEventMessage<?> event) {
        return new EventContext(event.getSequenceNumber(), event.getTimestamp(),
                (String) event.getMetaData().get(PlanMetadata.USER_ID),
                (String) event.getMetaData().get(PlanMetadata.USER_NAME),
                (String) event.getMetaData().get(PlanMetadata.ORGANIZATION));
    }

}
