package io.tandem.query.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of how query-service learns of the events that command-service appends.
 *
 * @param notifyEnabled whether a listener wakes the event store on each PostgreSQL notification on
 *                      channel tandem_events. Without it, events are read only by polling.
 * @param fetchDelay    how long the event store waits before it reads the table again after a read
 *                      that found nothing. With notifications on, it bounds the delay of an event
 *                      whose notification was lost.
 */
@ConfigurationProperties(prefix = "tandem.events")
public record EventStoreProperties(@DefaultValue("true") boolean notifyEnabled,
                                   @DefaultValue("1s") Duration fetchDelay) {

    public EventStoreProperties {
        if (fetchDelay.toMillis() <= 0) {
            throw new IllegalArgumentException("tandem.events.fetch-delay must be at least 1 ms, but is " + fetchDelay);
        }
    }
}
