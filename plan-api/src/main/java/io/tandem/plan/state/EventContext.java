package io.tandem.plan.state;

import java.time.Instant;

/**
 * The position of an event in its plan's history: the plan version it produced (the event's sequence
 * number, 0 for creation), when it was stored, and who made the edit (from the event metadata).
 */
public record EventContext(long version, Instant timestamp, String userId, String userName, String organization) {
}
