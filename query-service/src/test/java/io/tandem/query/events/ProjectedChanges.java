package io.tandem.query.events;

import io.tandem.plan.history.PlanChange;
import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.PlanChangeListener;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Records when the projection has stored each plan version, by {@link System#nanoTime}. */
public class ProjectedChanges implements PlanChangeListener {

    private final Map<String, Long> storedAt = new HashMap<>();

    @Override
    public synchronized void onChange(PlanChange change, PlanState after) {
        storedAt.put(after.planId() + "@" + change.version(), System.nanoTime());
        notifyAll();
    }

    /** Waits until the projection has stored the plan at the version, and returns when it did. */
    public synchronized long awaitStored(String planId, long version, Duration timeout) throws InterruptedException {
        String key = planId + "@" + version;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!storedAt.containsKey(key)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("The projection did not store plan " + planId + " at version " + version
                        + " within " + timeout.toMillis() + " ms");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return storedAt.get(key);
    }
}
