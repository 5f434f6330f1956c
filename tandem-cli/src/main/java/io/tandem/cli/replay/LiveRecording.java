package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.cli.live.LiveConnection;
import io.tandem.cli.live.LiveException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code replay --live}: follows the replayed plan over query-service's live endpoint with one subscriber per
 * organization of the plan, each signed in as the first user of that organization in the scenario, and
 * checks after the replay that each organization's frames, folded into a plan, equal its REST view.
 *
 * <p>The subscribers start right after the plan's creation, once the read side shows the plan, and ask for
 * every change from version -1 on, so the creation frame is included and the stored changes cover any
 * edit made before the subscription took effect.
 */
final class LiveRecording implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final long WHOLE_HISTORY = -1;

    private final Scenario scenario;
    private final PlanApi api;
    private final UserTokens tokens;
    private final Duration timeout;
    private final Map<String, Subscriber> subscribers = new LinkedHashMap<>();
    private String planId;
    private String startFailure;

    LiveRecording(Scenario scenario, PlanApi api, UserTokens tokens, Duration timeout) {
        this.scenario = scenario;
        this.api = api;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    /** One organization's subscriber: its user, its connection and the frames received so far. */
    private static final class Subscriber {

        final String organization;
        /** The first user of the organization in the scenario, or null when it has none. */
        final ScenarioUser user;
        final List<JsonNode> frames = Collections.synchronizedList(new ArrayList<>());
        LiveConnection connection;
        String failure;

        Subscriber(String organization, ScenarioUser user) {
            this.organization = organization;
            this.user = user;
        }
    }

    /** Subscribes both organizations of a new plan; a failure is kept and reported by {@link #check}. */
    void start(String planId, String creatorId) {
        this.planId = planId;
        try {
            JsonNode view = awaitPlan(planId, creatorId);
            if (view == null) {
                startFailure = "the read side did not show plan " + planId + " within " + timeout.toSeconds() + " s";
                return;
            }
            for (String organization : List.of(view.path("owner_org").asText(), view.path("partner_org").asText())) {
                subscribe(organization);
            }
        } catch (ServiceUnreachableException e) {
            startFailure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            startFailure = "interrupted while subscribing";
        }
    }

    private void subscribe(String organization) throws InterruptedException {
        Optional<ScenarioUser> user = scenario.users().values().stream()
                .filter(candidate -> organization.equals(candidate.organization()))
                .findFirst();
        Subscriber subscriber = new Subscriber(organization, user.orElse(null));
        subscribers.put(organization, subscriber);
        if (user.isEmpty()) {
            return;
        }
        try {
            subscriber.connection = LiveConnection.open(api.queryUrl(), tokens.token(user.get().id()), timeout);
            subscriber.connection.subscribeChanges(planId, WHOLE_HISTORY, subscriber.frames::add);
        } catch (LiveException e) {
            subscriber.failure = e.getMessage();
        }
    }

    /** Returns one check per organization of the plan, waiting up to the timeout for frames still on their way. */
    List<CheckResult> check() throws ServiceUnreachableException, InterruptedException {
        if (planId == null) {
            return List.of(CheckResult.skipped("live frames", "no plan was created"));
        }
        if (startFailure != null) {
            return List.of(CheckResult.failed("live frames", startFailure));
        }
        List<CheckResult> results = new ArrayList<>();
        for (Subscriber subscriber : subscribers.values()) {
            results.add(check(subscriber));
        }
        return results;
    }

    private CheckResult check(Subscriber subscriber) throws ServiceUnreachableException, InterruptedException {
        String name = "live frames of " + subscriber.organization + " = its view";
        if (subscriber.user == null) {
            return CheckResult.skipped(name, "no user of " + subscriber.organization + " in the scenario");
        }
        if (subscriber.failure != null) {
            return CheckResult.failed(name, subscriber.failure);
        }
        String path = "/api/plans/" + planId;
        String token = tokens.token(subscriber.user.id());
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> differences;
        while (true) {
            ApiResponse view = api.read(path, token);
            if (view.status() != 200) {
                differences = List.of("GET " + path + " as " + subscriber.user.id() + " returned " + view.status());
            } else {
                differences = FoldedFrames.of(WHOLE_HISTORY, List.copyOf(subscriber.frames)).differences(view.body());
            }
            String error = subscriber.connection.error();
            if (error != null) {
                return CheckResult.failed(name, "the service ended the subscription: " + error);
            }
            // Frames may still be on their way after the read side showed the last edit, so only a
            // match ends the wait early.
            if (differences.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return CheckResult.of(name, differences);
    }

    private JsonNode awaitPlan(String planId, String userId) throws ServiceUnreachableException,
            InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ApiResponse response = api.read("/api/plans/" + planId, tokens.token(userId));
            if (response.status() == 200 && response.body() != null) {
                return response.body();
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    @Override
    public void close() {
        for (Subscriber subscriber : subscribers.values()) {
            if (subscriber.connection != null) {
                subscriber.connection.close();
            }
        }
    }
}
