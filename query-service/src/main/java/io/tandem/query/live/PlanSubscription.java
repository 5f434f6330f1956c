package io.tandem.query.live;

import io.tandem.support.Actor;
import java.util.ArrayList;
import java.util.List;

/**
 * One client's subscription to a plan's changes. It sends each version at most once and in
 * ascending order. While its catch-up from the event store runs, live frames wait in a buffer;
 * when the catch-up has been sent, the buffer is sent without the versions the catch-up already
 * covered. Because the subscription is registered for live frames before the catch-up reads the
 * store, every change is either in the store when the catch-up reads it or arrives live after
 * registration, so nothing is missed between the two.
 */
final class PlanSubscription {

    private final String sessionId;
    private final String subscriptionId;
    private final String planId;
    private final Actor actor;
    private final ClientFrames client;

    /** The version of the last frame sent, or the since-version, or -1 before the first frame. */
    private long lastVersion;
    /** Live frames that arrived during the catch-up; null once the subscription is live. */
    private List<ChangeFrame> pending;
    private boolean closed;

    PlanSubscription(String sessionId, String subscriptionId, String planId, Actor actor, long sinceVersion,
                     boolean catchingUp, ClientFrames client) {
        this.sessionId = sessionId;
        this.subscriptionId = subscriptionId;
        this.planId = planId;
        this.actor = actor;
        this.lastVersion = sinceVersion;
        this.pending = catchingUp ? new ArrayList<>() : null;
        this.client = client;
    }

    String sessionId() {
        return sessionId;
    }

    String subscriptionId() {
        return subscriptionId;
    }

    String planId() {
        return planId;
    }

    Actor actor() {
        return actor;
    }

    String organization() {
        return actor.organization();
    }

    /**
     * Runs the registration that makes live frames reach this subscription, then queues the RECEIPT
     * that the client asked for, if any. Both happen under the lock that {@link #offer} takes, so the
     * receipt is the subscription's first frame.
     */
    synchronized void register(Runnable registration, String receiptId) {
        registration.run();
        if (receiptId != null) {
            client.sendReceipt(sessionId, receiptId);
        }
    }

    /** Sends a live frame, or buffers it while the catch-up runs. */
    synchronized void offer(ChangeFrame frame) {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.add(frame);
        } else {
            sendIfNew(frame);
        }
    }

    /** Sends the catch-up frames, then the buffered live frames, and makes the subscription live. */
    void finishCatchUp(List<ChangeFrame> stored) {
        for (ChangeFrame frame : stored) {
            // One frame per lock, so the projection thread never waits for the whole catch-up.
            synchronized (this) {
                if (closed) {
                    return;
                }
                sendIfNew(frame);
            }
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            pending.forEach(this::sendIfNew);
            pending = null;
        }
    }

    synchronized void close() {
        closed = true;
        pending = null;
    }

    private void sendIfNew(ChangeFrame frame) {
        if (frame.version() <= lastVersion) {
            return;
        }
        client.sendMessage(sessionId, subscriptionId, Destinations.changes(planId), frame.body(lastVersion));
        lastVersion = frame.version();
    }
}
