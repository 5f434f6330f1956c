package io.tandem.query.live;

import java.time.Instant;

/**
 * One connection's presence in a plan: who, which section it is editing (null while only viewing),
 * since when it is in that section, and when it last sent a presence message.
 */
record Viewer(String userId, String name, String organization, String section, Instant since, Instant lastSeen) {

    Viewer seenAt(Instant now) {
        return new Viewer(userId, name, organization, section, since, now);
    }
}
