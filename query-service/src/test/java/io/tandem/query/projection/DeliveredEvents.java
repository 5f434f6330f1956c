package io.tandem.query.projection;

import io.tandem.plan.event.PlanEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Records which plan events the projection's processor delivers, as "plan id@sequence number".
 * Register it in a test's context only: it shares the projection's processor and token.
 */
@ProcessingGroup(PlanProjection.PROCESSING_GROUP)
public class DeliveredEvents {

    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(PlanEvent event, @SequenceNumber long sequenceNumber) {
        delivered.add(event.planId() + "@" + sequenceNumber);
    }

    public List<String> delivered() {
        return List.copyOf(delivered);
    }
}
