package io.tandem.query.events;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store with a way to make it read the event table at once. Its producer
 * thread reads new events into the cache that the tracking processors follow, and while it finds
 * none it waits for the fetch delay, or until this service appends events itself. Events that
 * another process appends are therefore read only at the next poll, unless {@link #wake} is called.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    public WakeableEventStore(EmbeddedEventStore.Builder builder) {
        super(builder);
    }

    /**
     * Makes the producer read the event table now if it is waiting for its next poll, or once more
     * after its current read if it is reading. Axon 4.13 does the same after a local append, through
     * {@code afterCommit}, which ignores the events it is given.
     */
    public void wake() {
        afterCommit(List.of());
    }
}
