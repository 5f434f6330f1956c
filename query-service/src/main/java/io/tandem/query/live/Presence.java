package io.tandem.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.json.PlanJson;
import io.tandem.support.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The viewers of each plan right now, kept in memory only and never stored as events. A viewer is one
 * connection that sent a presence message for the plan; it leaves on disconnect, or when it has been
 * silent for the presence timeout ({@link #removeSilent}). Whenever a plan's list changes, every
 * presence subscriber of that plan, of either organization, receives the whole list, and a new
 * subscriber receives the current list at once.
 *
 * <p>One lock guards all plans: updates are small and rare (a keep-alive every few seconds per
 * viewer), and sending only queues frames, so lists reach each subscriber in the order they changed.
 */
@Component
class Presence {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private final ClientFrames client;
    private final Clock clock = Clock.systemUTC();
    /** Viewers by plan id, then by session id, in the order they joined. */
    private final Map<String, LinkedHashMap<String, Viewer>> viewers = new HashMap<>();
    /** Presence subscriptions by plan id: subscription ids by session id. */
    private final Map<String, Map<String, Set<String>>> subscribers = new HashMap<>();

    Presence(ClientFrames client) {
        this.client = client;
    }

    /** Records a presence message: a new viewer or a new section changes the list, a keep-alive does not. */
    synchronized void update(String planId, String sessionId, Actor actor, String section) {
        Instant now = clock.instant();
        Map<String, Viewer> plan = viewers.computeIfAbsent(planId, id -> new LinkedHashMap<>());
        Viewer known = plan.get(sessionId);
        if (known != null && Objects.equals(known.section(), section)) {
            plan.put(sessionId, known.seenAt(now));
            return;
        }
        plan.put(sessionId, new Viewer(actor.userId(), actor.userName(), actor.organization(), section, now, now));
        broadcast(planId);
    }

    /** Adds a presence subscription and sends it the current list, after the RECEIPT it asked for, if any. */
    synchronized void subscribe(String planId, String sessionId, String subscriptionId, String receiptId) {
        subscribers.computeIfAbsent(planId, id -> new HashMap<>())
                .computeIfAbsent(sessionId, id -> new TreeSet<>())
                .add(subscriptionId);
        if (receiptId != null) {
            client.sendReceipt(sessionId, receiptId);
        }
        client.sendMessage(sessionId, subscriptionId, Destinations.presence(planId), list(planId));
    }

    /** Removes one presence subscription; returns false when the session had no such subscription. */
    synchronized boolean unsubscribe(String sessionId, String subscriptionId) {
        for (Iterator<Map<String, Set<String>>> plans = subscribers.values().iterator(); plans.hasNext(); ) {
            Map<String, Set<String>> sessions = plans.next();
            Set<String> ids = sessions.get(sessionId);
            if (ids != null && ids.remove(subscriptionId)) {
                if (ids.isEmpty()) {
                    sessions.remove(sessionId);
                }
                if (sessions.isEmpty()) {
                    plans.remove();
                }
                return true;
            }
        }
        return false;
    }

    /** Removes a closed session's viewers and presence subscriptions. */
    synchronized void removeSession(String sessionId) {
        subscribers.values().forEach(sessions -> sessions.remove(sessionId));
        subscribers.values().removeIf(Map::isEmpty);
        Set<String> changed = new TreeSet<>();
        viewers.forEach((planId, plan) -> {
            if (plan.remove(sessionId) != null) {
                changed.add(planId);
            }
        });
        viewers.values().removeIf(Map::isEmpty);
        changed.forEach(this::broadcast);
    }

    /** Removes the viewers that sent no presence message for longer than {@code timeout}. */
    synchronized void removeSilent(Duration timeout) {
        Instant oldest = clock.instant().minus(timeout);
        Set<String> changed = new TreeSet<>();
        viewers.forEach((planId, plan) -> {
            if (plan.values().removeIf(viewer -> viewer.lastSeen().isBefore(oldest))) {
                changed.add(planId);
            }
        });
        viewers.values().removeIf(Map::isEmpty);
        changed.forEach(this::broadcast);
    }

    private void broadcast(String planId) {
        Map<String, Set<String>> sessions = subscribers.get(planId);
        if (sessions == null) {
            return;
        }
        ObjectNode list = list(planId);
        sessions.forEach((sessionId, subscriptionIds) -> subscriptionIds.forEach(subscriptionId ->
                client.sendMessage(sessionId, subscriptionId, Destinations.presence(planId), list)));
    }

    private ObjectNode list(String planId) {
        ObjectNode list = JSON.createObjectNode();
        list.put("plan_id", planId);
        ArrayNode array = list.putArray("viewers");
        for (Viewer viewer : viewers.getOrDefault(planId, new LinkedHashMap<>()).values()) {
            ObjectNode entry = array.addObject();
            entry.put("user_id", viewer.userId());
            entry.put("name", viewer.name());
            entry.put("organization", viewer.organization());
            entry.put("section", viewer.section());
            entry.set("since", JSON.valueToTree(viewer.since()));
        }
        return list;
    }
}
