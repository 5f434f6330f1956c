package io.tandem.query.live;

import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.history.PlanChange;
import io.tandem.plan.history.PlanChanges;
import io.tandem.plan.state.EventContext;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.state.PlanState;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reads a plan's changes after a version from the event store, so a subscriber can resume where
 * it left off. The store contains every committed event, including those the projection has not
 * reached yet. Whether a change is visible to an organization, and how it is described, depends on
 * the state before it, so the plan is folded from its first event every time.
 */
@Component
class CatchUp {

    private final EventStore eventStore;

    /** Takes the event store lazily, so this bean does not pull Axon's configuration into its own creation. */
    CatchUp(@Lazy EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Returns the frames of the changes after {@code sinceVersion} that the organization may see, oldest first. */
    List<ChangeFrame> framesAfter(String planId, long sinceVersion, String organization) {
        PlanState state = new PlanState();
        List<ChangeFrame> frames = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(planId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (!(message.getPayload() instanceof PlanEvent event)) {
                continue;
            }
            EventContext context = context(message);
            PlanChange change = PlanChanges.describe(state, event, context);
            state.apply(event, context);
            if (context.version() > sinceVersion && change.isVisibleTo(organization)) {
                frames.add(ChangeFrames.of(change, state.visibleTo(organization)));
            }
        }
        return frames;
    }

    private static EventContext context(DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        return new EventContext(message.getSequenceNumber(), message.getTimestamp(),
                text(metaData, PlanMetadata.USER_ID), text(metaData, PlanMetadata.USER_NAME),
                text(metaData, PlanMetadata.ORGANIZATION));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
