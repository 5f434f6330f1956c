package io.tandem.bench;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stand-in for live clients while query-service has no STOMP endpoint: after each edit, a user
 * of the other organization reads the plan every {@link #POLL_INTERVAL} until it shows the edit's
 * version. It measures when the projection had stored the edit, to within one poll interval plus
 * one read, and adds read load that live clients would not.
 */
final class RestObserver implements ChangeObserver {

    static final Duration POLL_INTERVAL = Duration.ofMillis(10);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(15);

    private final PlanApi api;
    private final Map<String, String> watcherTokens = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final ExecutorService pollers = Executors.newFixedThreadPool(16);
    private final AtomicLong reads = new AtomicLong();

    RestObserver(PlanApi api, Roster roster) {
        this.api = api;
        for (String planId : roster.planIds()) {
            for (String organization : new String[] {PlanApi.OWNER_ORG, PlanApi.PARTNER_ORG}) {
                watcherTokens.put(planId + "/" + organization, roster.clientsOf(planId, organization).get(0).token());
            }
        }
    }

    @Override
    public String description() {
        return "REST stand-in: GET /api/plans/{id} every " + POLL_INTERVAL.toMillis() + " ms until the version shows";
    }

    @Override
    public void accepted(Edit edit) {
        String token = watcherTokens.get(edit.planId() + "/" + edit.watchingOrg());
        pollers.execute(() -> poll(edit, token));
    }

    private void poll(Edit edit, String token) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                PlanApi.Response response = api.readPlan(edit.planId(), token);
                long responded = System.nanoTime();
                reads.incrementAndGet();
                if (response.status() == 200 && response.body().path("version").asLong(-1) >= edit.version()) {
                    seen.put(key(edit), responded);
                    return;
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException e) {
            System.err.println("REST stand-in: reading plan " + edit.planId() + " failed: " + e);
        }
    }

    @Override
    public OptionalLong seenAt(Edit edit) {
        Long at = seen.get(key(edit));
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    @Override
    public long received() {
        return reads.get();
    }

    private static String key(Edit edit) {
        return edit.planId() + "@" + edit.version();
    }

    @Override
    public void close() throws InterruptedException {
        pollers.shutdownNow();
        pollers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
