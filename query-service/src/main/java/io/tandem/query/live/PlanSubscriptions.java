package io.tandem.query.live;

import io.tandem.plan.history.PlanChange;
import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.PlanChangeListener;
import io.tandem.support.Actor;
import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The subscriptions to plans' changes, and the source of their frames.
 *
 * <p>Each subscription gets frames addressed to it alone, not through a broker topic, because what
 * a subscriber may receive depends on its organization (the other organization's internal items
 * never reach it), on its own catch-up and on the {@code previous_version} of its own stream. A
 * topic shared by both organizations would leak internal items, and per-organization topics could
 * still not hold a live frame back until one subscriber's catch-up is sent. The frames go out
 * through {@link ClientFrames}, so the projection thread that calls {@link #onChange} only builds
 * and queues them.
 *
 * <p>NOTE: live frames come from this instance's projection. With several query-service instances
 * sharing one token, only the instance that has claimed the plan-projection segment sends live frames,
 * and subscribers on the others receive their catch-up only.
 */
@Component
class PlanSubscriptions implements PlanChangeListener {

    private static final Logger log = LoggerFactory.getLogger(PlanSubscriptions.class);

    /** Catch-ups read and fold whole plans, so a small pool keeps many reconnects from crowding the database. */
    private static final int CATCH_UP_THREADS = 2;

    private final ClientFrames client;
    private final CatchUp catchUp;
    private final Map<String, Set<PlanSubscription>> byPlan = new ConcurrentHashMap<>();
    private final Map<String, Map<String, PlanSubscription>> bySession = new ConcurrentHashMap<>();
    // NOTE: the queue of waiting catch-ups is unbounded; each waiting entry is one subscription.
    private final ExecutorService catchUpExecutor = Executors.newFixedThreadPool(CATCH_UP_THREADS,
            new CatchUpThreads());

    PlanSubscriptions(ClientFrames client, CatchUp catchUp) {
        this.client = client;
        this.catchUp = catchUp;
    }

    /**
     * Registers a subscription. With a since-version it first receives every change after that
     * version from the event store, then the live stream. Without one it receives the live stream
     * only. A RECEIPT for {@code receiptId}, when not null, comes before the first frame.
     */
    void subscribe(String sessionId, String subscriptionId, String planId, Actor actor, Long sinceVersion,
                   String receiptId) {
        PlanSubscription subscription = new PlanSubscription(sessionId, subscriptionId, planId, actor,
                sinceVersion == null ? -1 : sinceVersion, sinceVersion != null, client);
        PlanSubscription previous = bySession.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>())
                .put(subscriptionId, subscription);
        if (previous != null) {
            remove(previous);
        }
        subscription.register(() -> byPlan.compute(planId, (id, subscriptions) -> {
            Set<PlanSubscription> updated = subscriptions == null ? ConcurrentHashMap.newKeySet() : subscriptions;
            updated.add(subscription);
            return updated;
        }), receiptId);
        if (sinceVersion != null) {
            catchUpExecutor.execute(() -> runCatchUp(subscription, sinceVersion));
        }
    }

    /** Removes one subscription of a session; returns false when the session had no such subscription. */
    boolean unsubscribe(String sessionId, String subscriptionId) {
        Map<String, PlanSubscription> subscriptions = bySession.get(sessionId);
        PlanSubscription subscription = subscriptions == null ? null : subscriptions.remove(subscriptionId);
        if (subscription == null) {
            return false;
        }
        remove(subscription);
        return true;
    }

    /** Removes every subscription of a closed session and returns the ids of their plans. */
    Set<String> removeSession(String sessionId) {
        Map<String, PlanSubscription> subscriptions = bySession.remove(sessionId);
        if (subscriptions == null) {
            return Set.of();
        }
        subscriptions.values().forEach(this::remove);
        return subscriptions.values().stream().map(PlanSubscription::planId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public void onChange(PlanChange change, PlanState after) {
        Set<PlanSubscription> subscriptions = byPlan.get(after.planId());
        if (subscriptions == null || subscriptions.isEmpty()) {
            return;
        }
        Map<String, ChangeFrame> framesByOrganization = new HashMap<>();
        for (PlanSubscription subscription : subscriptions) {
            String organization = subscription.organization();
            if (!change.isVisibleTo(organization)) {
                continue;
            }
            subscription.offer(framesByOrganization.computeIfAbsent(organization,
                    org -> ChangeFrames.of(change, after.visibleTo(org))));
        }
    }

    private void runCatchUp(PlanSubscription subscription, long sinceVersion) {
        try {
            List<ChangeFrame> frames = catchUp.framesAfter(subscription.planId(), sinceVersion,
                    subscription.organization());
            subscription.finishCatchUp(frames);
            log.debug("Plan {}: caught up user {} with {} changes after version {}", subscription.planId(),
                    subscription.actor().userId(), frames.size(), sinceVersion);
        } catch (RuntimeException e) {
            log.warn("Plan {}: catch-up after version {} failed for user {}; closing session {}",
                    subscription.planId(), sinceVersion, subscription.actor().userId(), subscription.sessionId(), e);
            unsubscribe(subscription.sessionId(), subscription.subscriptionId());
            client.sendError(subscription.sessionId(), "Reading the changes of plan " + subscription.planId()
                    + " after version " + sinceVersion + " failed; reconnect and subscribe again");
        }
    }

    private void remove(PlanSubscription subscription) {
        subscription.close();
        byPlan.computeIfPresent(subscription.planId(), (planId, subscriptions) -> {
            subscriptions.remove(subscription);
            return subscriptions.isEmpty() ? null : subscriptions;
        });
    }

    @PreDestroy
    void stop() {
        catchUpExecutor.shutdownNow();
    }

    private static final class CatchUpThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "live-catch-up-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
