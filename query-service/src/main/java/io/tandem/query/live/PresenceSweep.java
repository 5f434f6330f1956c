package io.tandem.query.live;

import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Removes silent viewers every {@code tandem.live.presence-sweep-interval}, so a client that vanished
 * without closing its connection leaves the presence list within the presence timeout plus one
 * interval. It runs on the message broker's task scheduler.
 */
@Component
class PresenceSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PresenceSweep.class);

    private final Presence presence;
    private final LiveProperties properties;
    private final TaskScheduler scheduler;
    private volatile ScheduledFuture<?> task;

    PresenceSweep(Presence presence, LiveProperties properties,
                  @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler) {
        this.presence = presence;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, properties.presenceSweepInterval());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
        task = null;
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }

    private void sweep() {
        try {
            presence.removeSilent(properties.presenceTimeout());
        } catch (RuntimeException e) {
            // A failed sweep must not end the schedule; the next one tries again.
            log.warn("Removing silent viewers failed", e);
        }
    }
}
